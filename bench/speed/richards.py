# workload: family=speed quick=1
# Richards: Martin Richards' operating-system simulation (task scheduler, packets, devices).
# A round of 10,000 idle-task ticks must queue 23,246 packets and hold 9,297 times.
from _speed import run

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = 1, 2, 3, 4, 5, 6
KIND_DEVICE, KIND_WORK = 1000, 1001
BUFFER_SIZE = 4


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUFFER_SIZE

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        p = queue
        while p.link is not None:
            p = p.link
        p.link = self
        return queue


class System:
    """The task table and the two counters the benchmark checks."""

    def __init__(self):
        self.tasks = [None] * 7
        self.task_list = None
        self.hold_count = 0
        self.queue_count = 0

    def schedule(self):
        t = self.task_list
        while t is not None:
            if t.holding or (not t.packet_pending and t.waiting):
                t = t.link
            else:
                t = t.run_task()


class Task:
    def __init__(self, system, ident, priority, queue, pending, waiting, data):
        self.system = system
        self.link = system.task_list
        self.ident = ident
        self.priority = priority
        self.input = queue
        self.packet_pending = pending
        self.waiting = waiting
        self.holding = False
        self.data = data
        system.task_list = self
        system.tasks[ident] = self

    def add_packet(self, packet, old):
        if self.input is None:
            self.input = packet
            self.packet_pending = True
            if self.priority > old.priority:
                return self
        else:
            packet.append_to(self.input)
        return old

    def run_task(self):
        if self.packet_pending and self.waiting and not self.holding:
            message = self.input
            self.input = message.link
            self.packet_pending = self.input is not None
            self.waiting = False
            self.holding = False
        else:
            message = None
        return self.fn(message, self.data)

    def wait(self):
        self.waiting = True
        return self

    def hold(self):
        self.system.hold_count += 1
        self.holding = True
        return self.link

    def release(self, ident):
        t = self.system.tasks[ident]
        t.holding = False
        return t if t.priority > self.priority else self

    def queue_packet(self, packet):
        t = self.system.tasks[packet.ident]
        self.system.queue_count += 1
        packet.link = None
        packet.ident = self.ident
        return t.add_packet(packet, self)


class IdleData:
    def __init__(self, count):
        self.control = 1
        self.count = count


class IdleTask(Task):
    def fn(self, packet, d):
        d.count -= 1
        if d.count == 0:
            return self.hold()
        if d.control & 1 == 0:
            d.control //= 2
            return self.release(DEVICE_A)
        d.control = (d.control // 2) ^ 0xD008
        return self.release(DEVICE_B)


class WorkerData:
    def __init__(self):
        self.destination = HANDLER_A
        self.count = 0


class WorkerTask(Task):
    def fn(self, packet, d):
        if packet is None:
            return self.wait()
        d.destination = HANDLER_B if d.destination == HANDLER_A else HANDLER_A
        packet.ident = d.destination
        packet.datum = 0
        for i in range(BUFFER_SIZE):
            d.count += 1
            if d.count > 26:
                d.count = 1
            packet.data[i] = 65 + d.count - 1
        return self.queue_packet(packet)


class HandlerData:
    def __init__(self):
        self.work_in = None
        self.device_in = None


class HandlerTask(Task):
    def fn(self, packet, d):
        if packet is not None:
            if packet.kind == KIND_WORK:
                d.work_in = packet.append_to(d.work_in)
            else:
                d.device_in = packet.append_to(d.device_in)
        work = d.work_in
        if work is None:
            return self.wait()
        count = work.datum
        if count >= BUFFER_SIZE:
            d.work_in = work.link
            return self.queue_packet(work)
        device = d.device_in
        if device is None:
            return self.wait()
        d.device_in = device.link
        device.datum = work.data[count]
        work.datum = count + 1
        return self.queue_packet(device)


class DeviceData:
    def __init__(self):
        self.pending = None


class DeviceTask(Task):
    def fn(self, packet, d):
        if packet is None:
            packet = d.pending
            if packet is None:
                return self.wait()
            d.pending = None
            return self.queue_packet(packet)
        d.pending = packet
        return self.hold()


def richards():
    s = System()
    IdleTask(s, IDLE, 1, None, False, False, IdleData(10000))
    q = Packet(Packet(None, 0, KIND_WORK), 0, KIND_WORK)
    WorkerTask(s, WORKER, 1000, q, True, True, WorkerData())
    q = Packet(Packet(Packet(None, DEVICE_A, KIND_DEVICE), DEVICE_A, KIND_DEVICE), DEVICE_A, KIND_DEVICE)
    HandlerTask(s, HANDLER_A, 2000, q, True, True, HandlerData())
    q = Packet(Packet(Packet(None, DEVICE_B, KIND_DEVICE), DEVICE_B, KIND_DEVICE), DEVICE_B, KIND_DEVICE)
    HandlerTask(s, HANDLER_B, 3000, q, True, True, HandlerData())
    DeviceTask(s, DEVICE_A, 4000, None, False, True, DeviceData())
    DeviceTask(s, DEVICE_B, 5000, None, False, True, DeviceData())
    s.schedule()
    return s.queue_count, s.hold_count



if __name__ == "__main__":
    run(richards, 4, expect=(23246, 9297))
