import AkomaNtoso
import Foundation
import Testing
import TextImport

/// What the fuzzers (Fuzz/, Scripts/fuzz.sh) found, kept as tests, and their properties replayed on damaged
/// copies of the real inputs: an input either fails with diagnostics or gives XML that parses again.
@Suite struct FuzzRegressionTests {
    /// fuzz-TextImport, first run: a NUL byte in a law's body was imported into XML that no parser accepts
    /// ("Char 0x0 out of allowed range"). The body's control characters are now replaced by spaces and reported.
    @Test func nulInsideARealLawIsReportedAndTheXMLParses() throws {
        let law = try String(contentsOf: try lawFile("co-ley-1273-2009.txt"), encoding: .utf8)
        var lines = law.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let target = try #require(lines.firstIndex { $0.hasPrefix("Artículo 1°.") })
        lines[target].insert("\u{0}", at: lines[target].index(lines[target].startIndex, offsetBy: 5))
        let result = try importer.importText(lines.joined(separator: "\n"), file: "co.txt")
        #expect(result.diagnostics.contains { $0.description.hasPrefix("co.txt:\(target + 1):6: warning: character U+0 ") })
        let xml = XMLWriter(indent: "  ").string(for: result.document)
        #expect(throws: Never.self) { try AKNParser().parse(Data(xml.utf8), file: "co.xml") }
    }

    /// Found by HostileImportTests after the body fix: a NUL in a header field (the title becomes FRBRalias and
    /// docTitle) still gave broken XML, with exit 0. Header fields with such characters are now refused.
    @Test func nulInARealLawsTitleIsRefused() throws {
        let law = try String(contentsOf: try lawFile("co-ley-1273-2009.txt"), encoding: .utf8)
        let damaged = law.replacingOccurrences(of: "title: Ley", with: "title: Le\u{0}y")
        #expect(throws: ImportError.self) { try importer.importText(damaged, file: "co.txt") }
    }

    /// Deterministic damage: truncations, a byte flipped to each hostile value, a deleted range.
    static func damaged(_ data: Data) -> [Data] {
        var variants: [Data] = []
        for fraction in [1, 3, 5, 7] { variants.append(data.prefix(data.count * fraction / 8)) }
        for (position, byte) in zip([1, 2, 3, 5, 7], [0x00, 0xFF, 0x3C, 0x26, 0x0C] as [UInt8]) {
            var copy = data
            copy[copy.startIndex + data.count * position / 9] = byte
            variants.append(copy)
        }
        var cut = data
        cut.removeSubrange((data.startIndex + data.count / 3)..<(data.startIndex + data.count / 2))
        variants.append(cut)
        return variants
    }

    @Test func damagedLawsImportCleanlyOrFailWithDiagnostics() throws {
        let laws = lawFiles.keys.sorted()
        #expect(laws.count >= 20)
        for law in laws {
            for variant in Self.damaged(try Data(contentsOf: try lawFile(law))) {
                let result: Importer.Result
                do {
                    result = try importer.importText(try LawText.decode(variant, file: law), file: law)
                } catch {
                    #expect(!error.diagnostics.isEmpty && error.diagnostics.allSatisfy { $0.file == law && $0.line != nil })
                    continue
                }
                let xml = XMLWriter(indent: "  ").string(for: result.document)
                #expect(throws: Never.self, "\(law): imported into XML that does not parse") {
                    try AKNParser().parse(Data(xml.utf8), file: law)
                }
            }
        }
    }

    @Test func damagedSamplesParseOrFailWithPositionedDiagnostics() throws {
        let enumerator = FileManager.default.enumerator(atPath: samplesDirectory.path)
        var samples: [String] = []
        while let path = enumerator?.nextObject() as? String {
            if path.hasSuffix(".xml") { samples.append(path) }
        }
        samples = samples.sorted().filter {
            ((try? FileManager.default.attributesOfItem(atPath: samplesDirectory.appendingPathComponent($0).path))?[.size] as? Int ?? 0) < 300_000
        }
        #expect(samples.count >= 20)
        for sample in samples {
            for variant in Self.damaged(try Data(contentsOf: samplesDirectory.appendingPathComponent(sample))) {
                do {
                    let parsed = try AKNParser().parse(variant, file: sample)
                    let again = try AKNParser().parse(Data(XMLWriter().string(for: parsed.document).utf8), file: sample)
                    #expect(again.document.root.name == parsed.document.root.name)
                } catch {
                    #expect(error.diagnostics.first?.file == sample)
                    #expect(error.kind == .unreadable || error.diagnostics.first?.line != nil || variant.isEmpty)
                }
            }
        }
    }
}
