/// A citable unit of a law (an article, section or rule, and what it contains), as the mapper and reports
/// see it: identified, numbered as printed, with its plain text and where it sits.
public struct Provision: Sendable, Hashable, Codable {
    public let eId: String
    public let level: String
    /// The number as printed in the `<num>`, without the word "Artículo"/"Section" and trailing separators:
    /// `2°`, `269A`, `211 bis 1`, `342.1`.
    public let num: String?
    public let heading: String?
    /// The provision's statutory text: its content, lines joined by `\n`, without `num`, `heading`, notes and
    /// remarks, and without articles it inserts into another law (those are provisions of their own).
    public let text: String
    /// The grouping units above it, outermost first.
    public let ancestors: [Ancestor]
    /// For an article inserted into another law by a `mod`/`quotedStructure`: where it goes and what inserts it.
    public let host: InsertionHost?
    /// Where the element starts in its source file, when parsed from one.
    public let location: SourceLocation?

    public init(
        eId: String, level: String, num: String?, heading: String?, text: String, ancestors: [Ancestor],
        host: InsertionHost?, location: SourceLocation? = nil
    ) {
        self.eId = eId
        self.level = level
        self.num = num
        self.heading = heading
        self.text = text
        self.ancestors = ancestors
        self.host = host
        self.location = location
    }

    public struct Ancestor: Sendable, Hashable, Codable {
        public let level: String
        public let eId: String?
        public let num: String?
        public let heading: String?

        public init(level: String, eId: String?, num: String?, heading: String?) {
            self.level = level
            self.eId = eId
            self.num = num
            self.heading = heading
        }
    }

    /// The law an inserted article belongs to, and the provision of the amending law that inserts it.
    public struct InsertionHost: Sendable, Hashable, Codable {
        /// The destination as written in the `mod`'s `ref` (an FRBR URI or a relative href), if any.
        public let href: String?
        /// The host law's name as the amending text gives it, e.g. `Código Penal`.
        public let title: String?
        /// A short citation prefix for the host, e.g. `CP`, `CPP` (initials of the title's significant words).
        public let abbreviation: String?
        /// eId and num of the amending provision that inserts it.
        public let insertedByEId: String
        public let insertedByNum: String?
        /// The amending provision's heading, which names what it inserts ("Conservation et divulgation rapide de
        /// données relatives au trafic" over "Il est inséré ... un article 78 ter"). Read, not written out.
        public private(set) var insertedByHeading: String? = nil

        enum CodingKeys: String, CodingKey {
            case href, title, abbreviation, insertedByEId, insertedByNum
        }

        public init(
            href: String?, title: String?, abbreviation: String?, insertedByEId: String, insertedByNum: String?,
            insertedByHeading: String? = nil
        ) {
            self.href = href
            self.title = title
            self.abbreviation = abbreviation
            self.insertedByEId = insertedByEId
            self.insertedByNum = insertedByNum
            self.insertedByHeading = insertedByHeading
        }
    }

    enum CodingKeys: String, CodingKey {
        case eId, level, num, heading, text, ancestors, host
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            eId: try container.decode(String.self, forKey: .eId),
            level: try container.decode(String.self, forKey: .level),
            num: try container.decodeIfPresent(String.self, forKey: .num),
            heading: try container.decodeIfPresent(String.self, forKey: .heading),
            text: try container.decode(String.self, forKey: .text),
            ancestors: try container.decode([Ancestor].self, forKey: .ancestors),
            host: try container.decodeIfPresent(InsertionHost.self, forKey: .host))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(eId, forKey: .eId)
        try container.encode(level, forKey: .level)
        try container.encode(num, forKey: .num)
        try container.encode(heading, forKey: .heading)
        try container.encode(text, forKey: .text)
        try container.encode(ancestors, forKey: .ancestors)
        try container.encode(host, forKey: .host)
    }
}
