import Mustache

/// A value the portal's Mustache templates render: a struct whose stored properties are the template's keys.
///
/// Templates name keys in snake_case, as the JSON does (`{{state_name}}`, `{{{text_html}}}`), while the structs
/// keep Swift names (`stateName`, `textHTML`): a key names the property with the same letters, ignoring case and
/// underscores. A nil optional is absent, so `{{#key}}` skips it. This is swift-mustache's `MustacheParent`
/// hook: the library asks the value for a child by name instead of reflecting on it with the key as written.
protocol TemplateContext: MustacheParent {}

extension TemplateContext {
    func child(named key: String) -> Any? {
        for child in Mirror(reflecting: self).children {
            guard let label = child.label, TemplateKey.names(label, key) else { continue }
            if let optional = child.value as? any OptionalValue { return optional.wrappedValue }
            return child.value
        }
        return nil
    }
}

/// A page context as the template engine reads it: every typed context turned into a dictionary keyed by the
/// snake_case template names, once, before rendering. Looking keys up in a dictionary is what makes a page of
/// thousands of provisions render quickly; reflecting on a struct for every key of every provision is not.
enum TemplateValues {
    static func convert(_ value: Any) -> Any {
        // Most values are text or flags, which conform to none of the protocols below: their type is compared,
        // where a cast to a protocol looks the conformance up.
        if isTextOrFlag(value) { return value }
        if let listed = value as? any ListedTemplateContext { return listed.templateValues }
        if let context = value as? any TemplateContext { return reflected(context) }
        if let array = value as? [Any] { return array.map(convert) }
        return value
    }

    /// The value is a `String` or a `Bool` (exactly: not an optional one).
    private static func isTextOrFlag(_ value: Any) -> Bool {
        let type = type(of: value)
        return type == String.self || type == Bool.self
    }

    /// The dictionary reflection gives (what `ListedTemplateContext.templateValues` must equal).
    static func reflected(_ context: any TemplateContext) -> [String: Any] {
        var values: [String: Any] = [:]
        for child in Mirror(reflecting: context).children {
            guard let label = child.label else { continue }
            if !isTextOrFlag(child.value), let optional = child.value as? any OptionalValue {
                guard let wrapped = optional.wrappedValue else { continue }
                values[TemplateKey.snakeCase(label)] = convert(wrapped)
            } else {
                values[TemplateKey.snakeCase(label)] = convert(child.value)
            }
        }
        return values
    }
}

/// A context a page holds thousands of (a provision, a quote, a link, a full text), which lists its template
/// values itself instead of being reflected on. `TemplateValuesTests` checks each list against reflection.
protocol ListedTemplateContext: TemplateContext {
    var templateValues: [String: Any] { get }
}

enum TemplateKey {
    /// `stateName` -> `state_name`, `textHTML` -> `text_html`, `articleTextHTML` -> `article_text_html`.
    static func snakeCase(_ name: String) -> String {
        // Swift property names are ASCII: their letters and digits are classed by their bytes, with no `Character`s.
        if name.utf8.allSatisfy({ $0 < 0x80 }) {
            let bytes = Array(name.utf8)
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 4)
            for (index, byte) in bytes.enumerated() {
                if ASCIIByte.isUpper(byte), index > 0 {
                    let previous = bytes[index - 1]
                    let nextIsLower = index + 1 < bytes.count && ASCIIByte.isLower(bytes[index + 1])
                    if ASCIIByte.isLower(previous) || ASCIIByte.isDigit(previous) || (ASCIIByte.isUpper(previous) && nextIsLower) {
                        out.append(0x5F)
                    }
                }
                out.append(ASCIIByte.isUpper(byte) ? byte + 0x20 : byte)
            }
            return String(decoding: out, as: UTF8.self)
        }
        let characters = Array(name)
        var out = ""
        for (index, character) in characters.enumerated() {
            if character.isUppercase, index > 0 {
                let previous = characters[index - 1]
                let next = index + 1 < characters.count ? characters[index + 1] : nil
                if previous.isLowercase || previous.isNumber || (previous.isUppercase && next?.isLowercase == true) {
                    out.append("_")
                }
            }
            out += character.lowercased()
        }
        return out
    }

    /// True when the template key `key` (`text_html`) names the property `label` (`textHTML`).
    static func names(_ label: String, _ key: String) -> Bool {
        var labelScalars = label.unicodeScalars.makeIterator()
        for scalar in key.unicodeScalars where scalar != "_" {
            guard let next = labelScalars.next(), lowercased(next) == lowercased(scalar) else { return false }
        }
        return labelScalars.next() == nil
    }

    private static func lowercased(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        ("A"..."Z").contains(scalar) ? Unicode.Scalar(scalar.value + 32)! : scalar
    }
}

/// Lets `child(named:)` see through an optional property (nil: the key is absent).
protocol OptionalValue {
    var wrappedValue: Any? { get }
}

extension Optional: OptionalValue {
    var wrappedValue: Any? { self.map { $0 as Any } }
}
