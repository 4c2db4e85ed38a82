# The stand-in for the platform's Services behind verify's test ingress: answers GET with 200
# and echoes every WebSocket message. Prints the port it bound (any free one) on its first line.
import base64, hashlib, socket, socketserver, struct, sys

GUID = b"258EAFA5-E914-47DA-95CA-C5AB0DC85B11"

def read_frame(rfile):
    head = rfile.read(2)
    if len(head) < 2:
        return None
    opcode, length = head[0] & 0x0F, head[1] & 0x7F
    if length == 126:
        length = struct.unpack(">H", rfile.read(2))[0]
    elif length == 127:
        length = struct.unpack(">Q", rfile.read(8))[0]
    mask = rfile.read(4) if head[1] & 0x80 else b"\0\0\0\0"
    data = bytes(b ^ mask[i % 4] for i, b in enumerate(rfile.read(length)))
    return opcode, data

def frame(opcode, data):
    n = len(data)
    head = bytes([0x80 | opcode])
    if n < 126:
        head += bytes([n])
    elif n < 65536:
        head += bytes([126]) + struct.pack(">H", n)
    else:
        head += bytes([127]) + struct.pack(">Q", n)
    return head + data

class Handler(socketserver.StreamRequestHandler):
    def handle(self):
        lines = []
        while True:
            line = self.rfile.readline()
            if not line or line in (b"\r\n", b"\n"):
                break
            lines.append(line.decode("latin-1").strip())
        headers = {l.split(":", 1)[0].lower(): l.split(":", 1)[1].strip() for l in lines[1:] if ":" in l}
        if headers.get("upgrade", "").lower() == "websocket":
            accept = base64.b64encode(hashlib.sha1(headers["sec-websocket-key"].encode() + GUID).digest())
            self.wfile.write(b"HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: " + accept + b"\r\n\r\n")
            self.wfile.flush()
            while True:
                got = read_frame(self.rfile)
                if got is None or got[0] == 0x8:
                    return
                self.wfile.write(frame(got[0], got[1]))
                self.wfile.flush()
        body = b"nap stand-in\n"
        self.wfile.write(b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\nConnection: close\r\n\r\n" % len(body) + body)

class Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True
    # socketserver's default listen backlog is 5: a dozen verifies side by side open about a
    # hundred connections through nginx at once, and on a busy machine the SYNs beyond the
    # backlog are dropped and retried after 1 s and 3 s, which looks like a probe timeout.
    request_queue_size = 256

server = Server(("127.0.0.1", 0), Handler)
print(server.server_address[1], flush=True)
server.serve_forever()
