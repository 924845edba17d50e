import Foundation

/// Angka di luar jangkauan: a JSON number no field of Mufakat can hold (beyond ±9,2 × 10^18, the
/// range of a 64-bit integer). Swift's decoder reports such a number as "not valid JSON"; this
/// finds it so the message can name the field instead.
public enum JSONNumberRange {
    static let limit = 9.2e18

    /// The path of the first out-of-range number in `data` ("agreement.durationYears",
    /// "parties[0].partyIndex"), or nil when the text is not JSON or every number fits.
    public static func firstOutOfRange(in data: Data) -> String? {
        guard let tree = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else { return nil }
        return firstOutOfRange(in: tree, path: "")
    }

    static func firstOutOfRange(in value: Any, path: String) -> String? {
        switch value {
        case let object as [String: Any]:
            for key in object.keys.sorted() {
                if let found = firstOutOfRange(in: object[key]!, path: path.isEmpty ? key : "\(path).\(key)") { return found }
            }
        case let array as [Any]:
            for (i, element) in array.enumerated() {
                if let found = firstOutOfRange(in: element, path: "\(path)[\(i)]") { return found }
            }
        case let number as NSNumber:
            let d = number.doubleValue
            if !d.isFinite || abs(d) >= limit { return path.isEmpty ? "(akar berkas)" : path }
        default:
            break
        }
        return nil
    }

    /// The Indonesian sentence for such a number.
    public static func message(path: String) -> String {
        "kolom '\(path)' berisi angka di luar jangkauan (terlalu besar); perbaiki angkanya"
    }
}
