import Foundation
import Testing

/// The repository stands alone: the data beside the project (`../shared`) is where new reference data arrives,
/// but no code, test, script or CI step may read it; what the project needs is copied in (`Corpus/sources`,
/// `Tests/Fixtures`, the bundled schema).
@Suite struct SelfContainedTests {
    /// The folder beside the package root, spelt so that this file does not name it as a path itself.
    static let outsideFolder = "../" + "shared"

    /// Lines of `text` that name the folder beside the project outside comments: a `../shared` path, or a path
    /// built from `".."` and `"shared"` components (`root.parent / "shared"`, `join(.., "..", "shared")`).
    static func outsideReferences(in text: String, hashComments: Bool) -> [Int] {
        let pattern = try! NSRegularExpression(
            pattern: #"\.\./shared\b|(?:["']\.\.["']\s*,\s*|\bparent\s*/\s*)["']shared["']"#)
        var lines: [Int] = []
        for (index, line) in text.components(separatedBy: "\n").enumerated() {
            var code = line
            // Shell, Python: `#` at the start or after white space opens a comment; Swift, C: `//`.
            let comment = hashComments ? code.range(of: #"(^|\s)#.*$"#, options: .regularExpression) : code.range(of: "//")
            if let comment { code.removeSubrange(comment.lowerBound...) }
            if pattern.firstMatch(in: code, range: NSRange(code.startIndex..., in: code)) != nil { lines.append(index + 1) }
        }
        return lines
    }

    /// Every file under Sources/, Tests/, Scripts/ and .ci/ that holds code: documentation (`.md`) and the data
    /// under `Tests/Fixtures` are left out.
    static func codeFiles() -> [String] {
        var files: [String] = []
        for folder in ["Sources", "Tests", "Scripts", ".ci"] {
            let enumerator = FileManager.default.enumerator(atPath: packageRoot.appendingPathComponent(folder).path)
            while let path = enumerator?.nextObject() as? String {
                let relative = "\(folder)/\(path)"
                var isDirectory: ObjCBool = false
                FileManager.default.fileExists(atPath: packageRoot.appendingPathComponent(relative).path, isDirectory: &isDirectory)
                if isDirectory.boolValue || relative.hasPrefix("Tests/Fixtures/") || relative.hasSuffix(".md") { continue }
                files.append(relative)
            }
        }
        return files.sorted()
    }

    @Test func noCodeTestScriptOrCIStepReadsTheFolderBesideTheProject() throws {
        let files = Self.codeFiles()
        #expect(files.contains("Scripts/evaluate.sh") && files.contains(".ci/run") && files.count > 100)
        for file in files {
            // Binary or non-UTF-8 files hold no path literal worth checking.
            guard let text = try? String(contentsOf: packageRoot.appendingPathComponent(file), encoding: .utf8) else { continue }
            let hashComments = !(file.hasSuffix(".swift") || file.hasSuffix(".h") || file.hasSuffix(".c"))
            let lines = Self.outsideReferences(in: text, hashComments: hashComments)
            #expect(lines.isEmpty, "\(file):\(lines.first ?? 0): reads \(Self.outsideFolder): copy what it needs into the project")
        }
    }

    /// The samples spell the folder `SHARED` so that this file does not name it; it is put back before the scan.
    @Test func aPathToTheFolderBesideTheProjectIsFoundInCodeButNotInComments() {
        let swift = """
            /// Reads ../SHARED/laws (a comment: allowed).
            let laws = root.appendingPathComponent("../SHARED/laws")  // found
            let url = "https://example.org/x" // ../SHARED after a URL is read as a comment
            let schema = "Sources/AkomaNtoso/Schema/akomantoso30.xsd"
            """
        #expect(Self.outsideReferences(in: swift.replacingOccurrences(of: "SHARED", with: "shared"), hashComments: false) == [2])
        let script = """
            # seeds from ../SHARED (a comment)
            cp ../SHARED/laws/*.txt "$corpus/"
            LAWS = ROOT.parent / "SHARED" / "laws"
            DEFAULT = os.path.join(HERE, "..", "..", "SHARED", "akn")
            echo "#not a comment start" ../SHAREDness
            """
        #expect(Self.outsideReferences(in: script.replacingOccurrences(of: "SHARED", with: "shared"), hashComments: true) == [2, 3, 4])
    }
}
