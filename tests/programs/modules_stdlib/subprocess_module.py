import subprocess, sys, os
print(subprocess.run(["echo", "hello"], capture_output=True))
print(subprocess.run("echo $((6*7)); echo err >&2; exit 3", shell=True, capture_output=True, text=True))
print(subprocess.check_output(["tr", "a-z", "A-Z"], input=b"shout\n"))
print(subprocess.check_output("printf 'a\\r\\nb\\n'", shell=True, text=True).split("\n"))
try:
    subprocess.run(["false"], check=True)
except subprocess.CalledProcessError as e:
    print("CPE", e, e.returncode, e.cmd)
try:
    subprocess.run(["no-such-command-xyz"])
except FileNotFoundError as e:
    print("FNF", e.errno, e.strerror, e.filename)
try:
    subprocess.run(["pwd"], cwd="/no/such/dir")
except FileNotFoundError as e:
    print("FNF cwd", e.filename)
try:
    subprocess.run(["sleep", "5"], timeout=0.3)
except subprocess.TimeoutExpired as e:
    print("TO", type(e).__name__, e.cmd, e.timeout > 0)
print(subprocess.run(["sh", "-c", "echo $FOO"], env={"FOO": "bar", "PATH": os.environ["PATH"]}, stdout=subprocess.PIPE).stdout)
os.environ["SPTEST"] = "inherited"
print(subprocess.getoutput("echo $SPTEST"))
print(subprocess.getstatusoutput("exit 7"))
print(subprocess.call(["true"]), subprocess.call("exit 2", shell=True))
p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
out, err = p.communicate(b"x" * 200000)
print(len(out), err, p.returncode, repr(p)[:40])
p = subprocess.Popen(["sleep", "10"])
p.terminate(); print(p.wait())
p = subprocess.Popen(["sleep", "10"]); p.kill(); print(p.wait())
try:
    subprocess.run("kill -9 $$", shell=True, check=True)
except subprocess.CalledProcessError as e:
    print(e)
with subprocess.Popen(["sh", "-c", "for i in 1 2 3; do echo line$i; done"], stdout=subprocess.PIPE, text=True) as p:
    print([l for l in p.stdout])
print(p.returncode)
print(subprocess.run(["cat"], stdin=subprocess.DEVNULL, capture_output=True).stdout)
print(os.system("exit 3"), os.system("true"))
with os.popen("echo popen") as f:
    print(f.read())
print(os.popen("exit 4").close())
# yes | head: SIGPIPE back at its default in the child
print(subprocess.run("yes | head -3", shell=True, capture_output=True, text=True).stdout.split())
# a file object as stdout
import tempfile
with tempfile.TemporaryFile() as tf:
    subprocess.run(["echo", "to file"], stdout=tf)
    tf.seek(0); print(tf.read())
print(subprocess.CompletedProcess(["x"], 0), subprocess.list2cmdline(["a b", 'c"d', "e\\"]))
# argument errors
for kwargs in [dict(stdin=subprocess.PIPE, input=b"x"), dict(capture_output=True, stdout=subprocess.PIPE)]:
    try:
        subprocess.run(["true"], **kwargs)
    except ValueError as e:
        print("ValueError", e)
try:
    subprocess.check_output(["true"], stdout=subprocess.PIPE)
except ValueError as e:
    print("ValueError", e)
# communicate after a timeout goes on collecting
p = subprocess.Popen(["sh", "-c", "echo early; sleep 0.5; echo late"], stdout=subprocess.PIPE)
try:
    p.communicate(timeout=0.05)
except subprocess.TimeoutExpired:
    print("first communicate timed out")
print(p.communicate())
# poll before and after the end; wait with a timeout
p = subprocess.Popen(["sleep", "0.3"])
print(p.poll())
try:
    p.wait(timeout=0.01)
except subprocess.TimeoutExpired as e:
    print("wait timed out", e.cmd)
print(p.wait(), p.poll())
# pass_fds: the child writes to a pipe end it inherited
r, w = os.pipe()
subprocess.run(["sh", "-c", "echo via-fd > /dev/fd/%d" % w], pass_fds=[w])
print(subprocess.run(["sh", "-c", "echo leaked > /dev/fd/%d" % w], stderr=subprocess.DEVNULL).returncode != 0)
os.close(w)
print(os.read(r, 100))
os.close(r)
print(os.WIFEXITED(768), os.WEXITSTATUS(768), os.WIFSIGNALED(9), os.WTERMSIG(9), os.waitstatus_to_exitcode(9))
