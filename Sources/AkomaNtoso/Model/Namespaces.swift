/// The namespaces lexalign recognises, so that a document in another one gets a message naming it.
public enum AKNNamespace {
    /// Akoma Ntoso 3.0, OASIS Standard (the only one lexalign writes).
    public static let v3 = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
    /// The OASIS working draft 17 namespace used by the original TC examples.
    public static let v3WD17 = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0/WD17"
    /// Akoma Ntoso 2.0.
    public static let v2 = "http://www.akomantoso.org/2.0"

    /// A readable name for a namespace URI, for messages.
    public static func describe(_ uri: String?) -> String {
        switch uri {
        case v3?: return "Akoma Ntoso 3.0 (\(v3))"
        case v3WD17?: return "the Akoma Ntoso 3.0 working draft 17 namespace (\(v3WD17))"
        case v2?: return "Akoma Ntoso 2.0 (\(v2))"
        case nil: return "no namespace"
        case let other?: return "an unknown namespace (\(other))"
        }
    }
}
