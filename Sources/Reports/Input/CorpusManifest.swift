import Alignment
import Yams

/// `Mappings/corpus.yaml`: which documents of the corpus are in force, what replaced what, what each document could
/// contain, and which comparisons to publish.
///
/// A state's corpus is every document of its country (`FRBRcountry`). A document is in force unless its entry
/// says otherwise:
/// - `status: repealed` or `status: superseded` with `superseded_by`: a law repealed by another, or an expression
///   replaced by a later consolidated one. It leaves the gap analysis and is compared with its successor
///   automatically (`comparisons/`).
/// - `status: consolidated` with `superseded_by`: an amending act whose changes are already in the consolidated
///   text of the law it amends. It leaves the gap analysis and is not compared (its provisions are the same text).
///
/// `scope` lists the instrument sections the document could implement: an article of a section that no in-force
/// document covers is reported as "not assessed", not as missing. Without `scope`, a document's scope is the
/// sections it has alignments in. An entry names a work URI (all its expressions) or one expression URI; the
/// most specific entry wins.
///
/// ```yaml
/// documents:
///   - work: /akn/cl/act/1993-06-07/19223
///     status: repealed
///     superseded_by: /akn/cl/act/2022-06-20/21459
///     scope: [substantive]
///     short_title: Ley 19.223
/// comparisons:
///   - from: state:cl
///     to: state:pe
/// ```
public struct CorpusManifest: Sendable, Hashable, Codable {
    public let documents: [Entry]
    public let comparisons: [ComparisonRequest]

    public init(documents: [Entry] = [], comparisons: [ComparisonRequest] = []) {
        self.documents = documents
        self.comparisons = comparisons
    }

    public struct Entry: Sendable, Hashable, Codable {
        /// The FRBR work URI of the document (its expression URI is accepted too).
        public let work: String
        public let status: Status
        public let supersededBy: String?
        public let scope: [Article.Section]?
        /// How reports cite the document (`Ley 21.459`), when its title is too long for a table.
        public let shortTitle: String?

        public init(
            work: String, status: Status = .inForce, supersededBy: String? = nil, scope: [Article.Section]? = nil,
            shortTitle: String? = nil
        ) {
            self.work = work
            self.status = status
            self.supersededBy = supersededBy
            self.scope = scope
            self.shortTitle = shortTitle
        }

        enum CodingKeys: String, CodingKey {
            case work, status, scope
            case supersededBy = "superseded_by"
            case shortTitle = "short_title"
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            work = try container.decode(String.self, forKey: .work)
            supersededBy = try container.decodeIfPresent(String.self, forKey: .supersededBy)
            status = try container.decodeIfPresent(Status.self, forKey: .status) ?? (supersededBy == nil ? .inForce : .repealed)
            scope = try container.decodeIfPresent([Article.Section].self, forKey: .scope)
            shortTitle = try container.decodeIfPresent(String.self, forKey: .shortTitle)
        }

        public var inForce: Bool { status == .inForce }
    }

    public enum Status: String, Sendable, Hashable, Codable {
        case inForce = "in-force"
        case repealed, superseded, consolidated
    }

    enum CodingKeys: String, CodingKey {
        case documents, comparisons
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        documents = try container.decodeIfPresent([Entry].self, forKey: .documents) ?? []
        comparisons = try container.decodeIfPresent([ComparisonRequest].self, forKey: .comparisons) ?? []
    }

    /// Parses the YAML text of `Mappings/corpus.yaml`.
    public init(yaml: String) throws {
        self = try YAMLDecoder().decode(CorpusManifest.self, from: yaml)
    }

    /// The entry for a document (by its expression URI): an entry naming that expression, else its work.
    public func entry(for uri: String) -> Entry? {
        documents.filter { uri == $0.work || uri.hasPrefix($0.work + "/") }.max { $0.work.count < $1.work.count }
    }
}
