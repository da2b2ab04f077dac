/// The long phases of a use case, named for the person watching.
public enum WorkPhase: String, Sendable {
    case importing, validating, mapping, rendering
}

/// Told how far a long use case has got (the CLI shows it on a terminal; tests ignore it).
public protocol ProgressObserver {
    /// `done` of `total` steps of `phase` are finished; `step` names the last one.
    func report(_ phase: WorkPhase, done: Int, total: Int, step: String)
}

/// Progress nobody watches.
public struct NoProgress: ProgressObserver {
    public init() {}
    public func report(_ phase: WorkPhase, done: Int, total: Int, step: String) {}
}
