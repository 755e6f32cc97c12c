/// A dictionary that forgets everything when it grows past `capacity`: enough for the names an import repeats
/// (cities, themes, campaigns), without growing with the input.
struct BoundedCache<Key: Hashable, Value> {
    private var storage: [Key: Value] = [:]
    let capacity: Int

    init(capacity: Int) {
        self.capacity = capacity
    }

    subscript(key: Key) -> Value? {
        get { storage[key] }
        set {
            if storage.count >= capacity { storage.removeAll(keepingCapacity: true) }
            storage[key] = newValue
        }
    }
}
