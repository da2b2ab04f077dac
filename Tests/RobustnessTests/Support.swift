import Foundation
import TestSupport
import Testing
import TextImport

let packageRoot = ProjectFolder.root

/// An importer with the package's drafting knowledge (Mappings/languages and Mappings/traditions).
let importer: Importer = {
    do {
        return Importer(drafting: try DraftingKnowledge.load(mappings: packageRoot.appendingPathComponent("Mappings").path))
    } catch {
        fatalError("Mappings/ must load: \(error)")
    }
}()

let samplesDirectory = packageRoot.appendingPathComponent("Tests/Fixtures/akn/samples")
let strictSchema = packageRoot.appendingPathComponent("Sources/AkomaNtoso/Schema/akomantoso30.xsd")

/// The national law texts of Corpus/sources (`<cc>/<stem>.txt`; the instruments in `int/` left out), by file name.
let lawFiles: [String: URL] = {
    let sources = packageRoot.appendingPathComponent("Corpus/sources")
    var laws: [String: URL] = [:]
    let enumerator = FileManager.default.enumerator(atPath: sources.path)
    while let path = enumerator?.nextObject() as? String {
        guard path.hasSuffix(".txt"), !path.hasPrefix("int/") else { continue }
        laws[URL(fileURLWithPath: path).lastPathComponent] = sources.appendingPathComponent(path)
    }
    return laws
}()

/// A national law text of Corpus/sources by file name (`cl-ley-21459.txt`).
func lawFile(_ name: String) throws -> URL {
    try #require(lawFiles[name], "no Corpus/sources/<cc>/\(name)")
}
let aknNamespace = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"

/// What a finished run of `lexalign` produced.
struct RunResult {
    let status: Int32
    let stdout: String
    let stderr: String
    let seconds: Double
    /// True when the process died of a signal (a crash), not by exiting.
    let crashed: Bool
}

/// Runs `lexalign ARGUMENTS`, killing it after `timeout` seconds (a hang fails the test as a crash would).
func runLexalign(_ arguments: [String], timeout: Double = 60) throws -> RunResult {
    let binary = try #require(lexalignBinary, "the lexalign executable is not built (run swift build first)")
    let process = Process()
    process.executableURL = binary
    process.arguments = arguments
    // Output goes to files, not pipes: a run printing 100,000 diagnostics must not block on a full pipe.
    let folder = try ScratchFolder()
    defer { folder.remove() }
    FileManager.default.createFile(atPath: folder.file("out").path, contents: nil)
    FileManager.default.createFile(atPath: folder.file("err").path, contents: nil)
    let out = try FileHandle(forWritingTo: folder.file("out"))
    let err = try FileHandle(forWritingTo: folder.file("err"))
    process.standardOutput = out
    process.standardError = err
    let clock = ContinuousClock()
    let start = clock.now
    try process.run()
    let deadline = Date().addingTimeInterval(timeout)
    while process.isRunning, Date() < deadline { usleep(10_000) }
    let timedOut = process.isRunning
    if timedOut {
        process.terminate()
        process.waitUntilExit()
    }
    process.waitUntilExit()
    try out.close()
    try err.close()
    let elapsed = start.duration(to: clock.now)
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    #expect(!timedOut, "lexalign \(arguments.joined(separator: " ")) did not finish in \(timeout) s")
    return RunResult(
        status: process.terminationStatus,
        stdout: (try? String(contentsOf: folder.file("out"), encoding: .utf8)) ?? "",
        stderr: (try? String(contentsOf: folder.file("err"), encoding: .utf8)) ?? "",
        seconds: seconds,
        crashed: timedOut || process.terminationReason == .uncaughtSignal)
}

/// Seconds taken by `body`.
func timed<T>(_ body: () throws -> T) rethrows -> (T, Double) {
    let clock = ContinuousClock()
    let start = clock.now
    let value = try body()
    let elapsed = start.duration(to: clock.now)
    return (value, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
}

/// A minimal valid AKN act around `body` (the XML inside <body>).
func aknAct(body: String, extraMeta: String = "") -> String {
    """
    <?xml version="1.0" encoding="UTF-8"?>
    <akomaNtoso xmlns="\(aknNamespace)"><act name="act"><meta><identification source="#lexalign">\
    <FRBRWork><FRBRthis value="/akn/xx/act/2020-01-01/1/!main"/><FRBRuri value="/akn/xx/act/2020-01-01/1"/>\
    <FRBRdate date="2020-01-01" name="Generation"/><FRBRauthor href="#lexalign"/><FRBRcountry value="xx"/></FRBRWork>\
    <FRBRExpression><FRBRthis value="/akn/xx/act/2020-01-01/1/eng@2020-01-01/!main"/>\
    <FRBRuri value="/akn/xx/act/2020-01-01/1/eng@2020-01-01"/><FRBRdate date="2020-01-01" name="Generation"/>\
    <FRBRauthor href="#lexalign"/><FRBRlanguage language="eng"/></FRBRExpression>\
    <FRBRManifestation><FRBRthis value="/akn/xx/act/2020-01-01/1/eng@2020-01-01/!main.xml"/>\
    <FRBRuri value="/akn/xx/act/2020-01-01/1/eng@2020-01-01.akn"/><FRBRdate date="2020-01-01" name="Generation"/>\
    <FRBRauthor href="#lexalign"/></FRBRManifestation></identification>\(extraMeta)</meta>
    <body>\(body)</body></act></akomaNtoso>

    """
}

/// A law text with a complete header.
func lawText(body: String, title: String = "Ley N° 99.999 de prueba", language: String = "es") -> String {
    """
    title: \(title)
    country: cl
    language: \(language)
    date: 2020-01-01
    source: generated by the robustness tests
    completeness: complete

    \(body)
    """
}
