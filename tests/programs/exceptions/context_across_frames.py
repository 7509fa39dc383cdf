# An exception's __context__ is set where it is raised, not again while it propagates: a function
# that resets the context and re-raises (as ExitStack does after its exit functions ran) must
# deliver the exception to its caller with the context it set.
import contextlib


def reraise_without_context():
    err = TypeError('t')
    try:
        raise err
    except BaseException:
        err.__context__ = None
        raise


try:
    try:
        raise ValueError('outer')
    except ValueError:
        reraise_without_context()
except TypeError as e:
    print('across a call:', repr(e.__context__))


class Exit:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        reraise_without_context()


try:
    with Exit():
        raise ValueError('body')
except TypeError as e:
    print('out of __exit__:', repr(e.__context__))


def late(*exc):
    raise TypeError('late')


try:
    with contextlib.ExitStack() as st:
        st.push(late)
        st.push(lambda *exc: True)
        raise ValueError('suppressed by the newer exit function')
except TypeError as e:
    print('ExitStack, after a suppression:', repr(e.__context__))
