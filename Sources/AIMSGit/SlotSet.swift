/// A set of small non-negative integers stored as bits. The history walk hands one of these
/// from every commit to its parents; arrays are copy-on-write, so along a straight line of
/// history the same storage is passed on without copying.
struct SlotSet {
    private var words: [UInt64] = []

    var isEmpty: Bool { words.allSatisfy { $0 == 0 } }

    func contains(_ slot: Int) -> Bool {
        let word = slot >> 6
        return word < words.count && words[word] & (1 << UInt64(slot & 63)) != 0
    }

    mutating func insert(_ slot: Int) {
        let word = slot >> 6
        if word >= words.count { words.append(contentsOf: repeatElement(0, count: word - words.count + 1)) }
        words[word] |= 1 << UInt64(slot & 63)
    }

    mutating func remove(_ slot: Int) {
        let word = slot >> 6
        guard word < words.count else { return }
        words[word] &= ~(1 << UInt64(slot & 63))
    }

    mutating func formUnion(_ other: SlotSet) {
        if isEmpty {
            self = other
            return
        }
        if other.words.count > words.count {
            words.append(contentsOf: repeatElement(0, count: other.words.count - words.count))
        }
        for (index, word) in other.words.enumerated() where word != 0 {
            words[index] |= word
        }
    }

    func intersects(_ slots: [Int]) -> Bool {
        slots.contains { contains($0) }
    }

    init() {}

    init(_ slots: some Sequence<Int>) {
        for slot in slots { insert(slot) }
    }
}
