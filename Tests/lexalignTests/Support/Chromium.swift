import Foundation

/// Headless Chromium (Debian package `chromium`), as the portal tests drive it.
enum Browser {
    static let executable = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    static let flags = ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
                        "--disable-dev-shm-usage", "--allow-file-access-from-files"]

    static func dumpDOM(_ page: URL) throws -> String {
        String(decoding: try run(flags + ["--dump-dom", page.absoluteString]), as: UTF8.self)
    }

    static func screenshot(_ page: URL, to png: URL, width: Int, height: Int) throws {
        _ = try run(flags + ["--screenshot=\(png.path)", "--window-size=\(width),\(height)", page.absoluteString])
    }

    struct Failure: Error, CustomStringConvertible { let description: String }

    static func run(_ arguments: [String]) throws -> Data {
        guard let executable else {
            throw Failure(description: "chromium is not installed (apt-get install -y chromium)")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("lexalign-chromium-\(UUID().uuidString)")
        process.arguments! += ["--user-data-dir=\(profile.path)"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try? FileManager.default.removeItem(at: profile)
        guard process.terminationStatus == 0 else {
            throw Failure(description: "chromium exited with \(process.terminationStatus)")
        }
        return data
    }
}

/// Counts the distinct colours of a PNG with Python's zlib (the test machine has python3; Foundation on Linux
/// exposes no inflate).
enum PNGColours {
    static let script = #"""
import struct, sys, zlib
data = open(sys.argv[1], 'rb').read()
assert data[:8] == b'\x89PNG\r\n\x1a\n', 'not a PNG'
pos, idat = 8, b''
while pos < len(data):
    length, kind = struct.unpack('>I4s', data[pos:pos + 8])
    body = data[pos + 8:pos + 8 + length]
    if kind == b'IHDR':
        width, height, depth, colour = struct.unpack('>IIBB', body[:10])
    elif kind == b'IDAT':
        idat += body
    pos += 12 + length
assert depth == 8 and colour in (2, 6), 'unsupported PNG %d/%d' % (depth, colour)
bpp = 3 if colour == 2 else 4
raw, stride, prev, colours, i = zlib.decompress(idat), width * bpp, bytearray(width * bpp), set(), 0
for _ in range(height):
    kind, line = raw[i], bytearray(raw[i + 1:i + 1 + stride]); i += 1 + stride
    for x in range(stride):
        a = line[x - bpp] if x >= bpp else 0
        b = prev[x]
        c = prev[x - bpp] if x >= bpp else 0
        if kind == 1: line[x] = (line[x] + a) & 255
        elif kind == 2: line[x] = (line[x] + b) & 255
        elif kind == 3: line[x] = (line[x] + (a + b) // 2) & 255
        elif kind == 4:
            p = a + b - c; pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
            line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
    colours.update(bytes(line[x:x + 3]) for x in range(0, stride, bpp))
    prev = line
print(len(colours))
"""#

    static func count(_ png: URL) throws -> Int {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, png.path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard process.terminationStatus == 0, let count = Int(text) else {
            throw Browser.Failure(description: "could not decode \(png.path)")
        }
        return count
    }
}

extension String {
    func occurrences(of needle: String) -> Int {
        components(separatedBy: needle).count - 1
    }

    /// From the first `start` to the first `end` after it.
    func slice(from start: String, to end: String) -> String? {
        guard let lower = range(of: start), let upper = self[lower.upperBound...].range(of: end) else { return nil }
        return String(self[lower.lowerBound..<upper.upperBound])
    }
}
