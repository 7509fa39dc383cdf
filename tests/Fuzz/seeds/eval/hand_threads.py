import threading
t = [threading.Thread(target=print, args=(i,)) for i in range(3)]
for x in t: x.start()
for x in t: x.join()
