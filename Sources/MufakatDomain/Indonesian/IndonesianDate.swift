/// Dates as Indonesian official documents write them.
public enum IndonesianDate {
    public static let monthNames = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
                                    "Agustus", "September", "Oktober", "November", "Desember"]
    /// Index 0 = Sunday.
    public static let dayNames = ["Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"]

    public static func monthName(_ date: CalendarDate) -> String { monthNames[date.month - 1] }
    public static func dayName(_ date: CalendarDate) -> String { dayNames[date.weekday] }

    /// "15 Juni 2016".
    public static func long(_ date: CalendarDate) -> String { "\(date.day) \(monthName(date)) \(date.year)" }

    /// "hari Rabu tanggal lima belas bulan Juni tahun dua ribu enam belas", the opening of a naskah.
    public static func words(_ date: CalendarDate) -> String {
        "hari \(dayName(date)) tanggal \(NumberWords.spell(date.day)) bulan \(monthName(date)) tahun \(NumberWords.spell(date.year))"
    }
}
