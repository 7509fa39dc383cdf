# terminate() and kill() of a running child: negative exit codes; join(timeout) returns early.
import multiprocessing as mp
import time

def sleeper(ev):
    ev.set()
    time.sleep(60)

if __name__ == '__main__':
    mp.set_start_method('spawn')
    for how in ('terminate', 'kill'):
        ev = mp.Event()
        p = mp.Process(target=sleeper, args=(ev,))
        p.start()
        ev.wait(60)
        p.join(0.05)
        print(how, 'alive after join(timeout):', p.is_alive(), p.exitcode)
        getattr(p, how)()
        p.join()
        print(how, 'exitcode', p.exitcode, p.is_alive())
    p = mp.Process(target=time.sleep, args=(60,), daemon=True)
    p.start()
    print(p.daemon, len(mp.active_children()))
    try:
        p.close()
    except ValueError as e:
        print('ValueError', e)
    p.terminate()
    p.join()
    print(p.exitcode, mp.active_children())
    p.close()
