import Dispatch

// Shared by the report's rendering and the batch use cases (import, validate, map).

extension Array where Element: Sendable {
    /// `map` on every core, results in input order, so a batch's output is the same as a sequential run's.
    public func concurrentMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        guard count > 1 else { return map(transform) }
        return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            // Each iteration initialises its own slot and nothing else: no two threads touch the same memory.
            let slots = Slots(base: buffer.baseAddress!)
            DispatchQueue.concurrentPerform(iterations: count) { index in
                (slots.base + index).initialize(to: transform(self[index]))
            }
            initialized = count
        }
    }
}

extension Array {
    /// The elements in consecutive batches of at most `size`: a long run is processed batch by batch, so output
    /// flows and only one batch's results are held in memory.
    public func batches(of size: Int) -> [ArraySlice<Element>] {
        stride(from: 0, to: count, by: size).map { self[$0..<Swift.min($0 + size, count)] }
    }
}

private struct Slots<T>: @unchecked Sendable {
    let base: UnsafeMutablePointer<T>
}
