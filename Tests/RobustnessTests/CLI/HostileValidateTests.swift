import Foundation
import TestSupport
import Testing

/// Every hostile AKN input through the built `lexalign validate`: a positioned error naming the file, exit 65
/// (bad input data), no crash, no hang, nothing read outside the input, nothing written.
@Suite struct HostileValidateTests {
    /// Hostile files by name, generated here (nothing big is committed).
    static func hostileFiles(secret: URL) -> [(name: String, data: Data)] {
        let akn = aknNamespace
        var invalidUTF8 = Data("<akomaNtoso xmlns=\"\(akn)\"><act><body><p>caf".utf8)
        invalidUTF8.append(contentsOf: [0xE9, 0x20, 0xFF])
        invalidUTF8.append(Data("</p></body></act></akomaNtoso>".utf8))
        var noise = Data(count: 8192)
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15  // fixed xorshift seed: the same noise on every run
        for index in noise.indices {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            noise[index] = UInt8(truncatingIfNeeded: state)
        }
        let laughs = (2...9).map { level in
            "<!ENTITY lol\(level) \"" + String(repeating: "&lol\(level - 1);", count: 10) + "\">"
        }.joined(separator: "\n")
        let full = aknAct(body: "<p>complete</p>")
        let halves = aknAct(body: "<p>TEXT</p>").components(separatedBy: "TEXT")
        let hugeText = Data(halves[0].utf8) + Data(repeating: UInt8(ascii: "x"), count: 50 * 1024 * 1024) + Data(halves[1].utf8)
        let hugeAttribute = aknAct(body: "<p class=\"\(String(repeating: "a", count: 10 * 1024 * 1024))\">x</p>")
        return [
            ("xxe.xml", Data("<?xml version=\"1.0\"?>\n<!DOCTYPE akomaNtoso [<!ENTITY xxe SYSTEM \"file://\(secret.path)\">]>\n<akomaNtoso xmlns=\"\(akn)\"><act><body><p>&xxe;</p></body></act></akomaNtoso>\n".utf8)),
            ("laughs.xml", Data("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol1 \"lol\">\n\(laughs)\n]>\n<akomaNtoso xmlns=\"\(akn)\"><act><body><p>&lol9;</p></body></act></akomaNtoso>\n".utf8)),
            ("deep.xml", Data(("<akomaNtoso xmlns=\"\(akn)\"><act><body>" + String(repeating: "<hcontainer name=\"x\">", count: 10_000) + String(repeating: "</hcontainer>", count: 10_000) + "</body></act></akomaNtoso>").utf8)),
            ("invalid-utf8.xml", invalidUTF8),
            ("truncated.xml", Data(full.utf8.prefix(full.utf8.count * 2 / 3))),
            ("noise.bin", noise),
            ("empty.xml", Data()),
            ("huge-text.xml", hugeText),
            ("huge-attribute.xml", Data(hugeAttribute.utf8)),
            ("not-akn.xml", Data("<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><body/></html>\n".utf8)),
        ]
    }

    @Test func eachHostileFileFailsWithAPositionedErrorAndExit65() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let secret = try folder.write("TOP-SECRET-MARKER", to: "secret.txt")
        for (name, data) in Self.hostileFiles(secret: secret) {
            let path = try folder.write(data, to: name).path
            let run = try runLexalign(["validate", "--no-schema", path], timeout: 30)
            #expect(!run.crashed, "\(name) crashed lexalign")
            #expect(run.status == 65, "\(name): exit \(run.status)")
            let errors = run.stdout.split(separator: "\n").filter { $0.contains(": error: ") }
            #expect(errors.first?.hasPrefix(path + ":") == true, "\(name): \(run.stdout)")
            if name != "empty.xml" {
                // file:line:column: error: ...
                #expect(errors.first.map { $0.dropFirst(path.count).firstMatch(of: /^:\d+:\d+: error:/) != nil } == true, "\(name): \(run.stdout)")
            }
            #expect(!run.stdout.contains("TOP-SECRET-MARKER") && !run.stderr.contains("TOP-SECRET-MARKER"))
            #expect(run.stdout.hasSuffix("1 file: 0 valid, 0 invalid, 1 unreadable or malformed, 0 warnings (no schema)\n"))
            #expect(run.seconds < 20, "\(name) took \(run.seconds) s")
        }
        // validate writes nothing: the folder holds what the test wrote, no more.
        #expect(folder.files().count == Self.hostileFiles(secret: secret).count + 1)
    }

    @Test func inspectRefusesTheSameFilesWithoutOutput() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let secret = try folder.write("TOP-SECRET-MARKER", to: "secret.txt")
        for (name, data) in Self.hostileFiles(secret: secret) {
            let path = try folder.write(data, to: name).path
            let run = try runLexalign(["inspect", path, "--format", "json"], timeout: 30)
            #expect(!run.crashed, "\(name) crashed lexalign inspect")
            #expect(run.status == 65, "\(name): exit \(run.status)")
            #expect(run.stdout.isEmpty, "\(name): inspect printed an outline for a bad file")
            #expect(run.stderr.contains(path + ":"), "\(name): \(run.stderr)")
            #expect(!run.stderr.contains("TOP-SECRET-MARKER"))
        }
    }

    @Test func hundredThousandDuplicateEIdsThroughTheCLI() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let body = String(repeating: "<paragraph eId=\"para_1\"><content><p>x</p></content></paragraph>\n", count: 100_000)
        let path = try folder.write(aknAct(body: body), to: "duplicates.xml").path
        let run = try runLexalign(["validate", "--no-schema", path], timeout: 90)
        #expect(!run.crashed)
        #expect(run.status == 1)
        let duplicates = run.stdout.split(separator: "\n").filter { $0.contains(": error: duplicate eId 'para_1'") }
        #expect(duplicates.count == 99_999)
        #expect(duplicates.first?.hasPrefix(path + ":") == true)
        #expect(run.stdout.hasSuffix("1 file: 0 valid, 1 invalid, 0 unreadable or malformed, 0 warnings (no schema)\n"))
    }
}
