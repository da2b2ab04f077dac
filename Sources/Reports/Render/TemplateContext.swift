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

enum TemplateKey {
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
private protocol OptionalValue {
    var wrappedValue: Any? { get }
}

extension Optional: OptionalValue {
    fileprivate var wrappedValue: Any? { self.map { $0 as Any } }
}
