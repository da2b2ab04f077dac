import AkomaNtoso
import Crypto
import Foundation

/// An expert's decision on one (provision, article) pair. It overrides the mapper's suggestion for as long as the
/// provision's text is the one the expert read (`textSHA256`); once the text changes the decision is stale.
public struct ReviewDecision: Sendable, Hashable {
    public enum Verdict: String, Sendable, Hashable, Codable, CaseIterable {
        /// The suggestion is right (the expert may correct its coverage).
        case confirmed
        /// The suggestion is wrong: the pair is dropped.
        case rejected
        /// A pair the mapper did not suggest.
        case added
    }

    /// The FRBR URI (work or expression) of the document the decision is about; nil: any document the file
    /// applies to.
    public let document: String?
    /// The provision's `eId`, or its number as printed (`2`, `CP 269A`, `342.1`).
    public let provision: String
    public let article: String
    public let verdict: Verdict
    public let coverage: Coverage?
    public let note: String?
    public let reviewer: String
    /// ISO date of the decision: `2026-11-29`.
    public let date: String
    /// Lower-case hex SHA-256 of the provision text (`Provision.text`, UTF-8) the expert read.
    public let textSHA256: String
    /// Where the decision is written (for messages).
    public let file: String?
    public let line: Int?

    public init(
        document: String? = nil, provision: String, article: String, verdict: Verdict, coverage: Coverage? = nil,
        note: String? = nil, reviewer: String, date: String, textSHA256: String, file: String? = nil, line: Int? = nil
    ) {
        self.document = document
        self.provision = provision
        self.article = article
        self.verdict = verdict
        self.coverage = coverage
        self.note = note
        self.reviewer = reviewer
        self.date = date
        self.textSHA256 = textSHA256
        self.file = file
        self.line = line
    }

    /// True when the decision names this provision: by `eId`, or by its number (folded as the evaluator folds
    /// numbers, so `CP 269A` names the inserted article `269A`).
    public func names(_ provision: Provision) -> Bool {
        if self.provision == provision.eId { return true }
        guard let num = provision.num else { return false }
        return ProvisionNumber.fold(self.provision) == ProvisionNumber.fold(num)
    }

    /// True when the decision is about this document (or about any document of its file).
    public func applies(toDocument uri: String) -> Bool {
        guard let document else { return true }
        return uri == document || uri.hasPrefix(document.hasSuffix("/") ? document : document + "/")
    }
}

/// The fingerprint of a provision's text that review decisions carry.
public enum TextFingerprint {
    public static func sha256(_ text: String) -> String {
        SHA256.hash(data: Data(text.utf8)).map { String(format: "%02x", $0) }.joined()
    }
}
