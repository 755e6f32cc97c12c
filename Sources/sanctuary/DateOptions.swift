import ArgumentParser
import Directory

/// `--since` and `--until`: the time window of dated edges and events.
struct DateOptions: ParsableArguments {
    @Option(help: "Leave out dated edges and events that end before this date (YYYY, YYYY-MM or YYYY-MM-DD).")
    var since: String?

    @Option(help: "Leave out dated edges and events that start after this date.")
    var until: String?

    func validate() throws {
        _ = try window()
    }

    func window() throws -> TimeWindow {
        guard let window = TimeWindow(since: since, until: until) else {
            throw ValidationError("--since and --until take a date: YYYY, YYYY-MM or YYYY-MM-DD")
        }
        return window
    }
}
