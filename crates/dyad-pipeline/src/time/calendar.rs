//! Calendars other than the Gregorian: the Solar Hijri (Persian, Afghan) calendar and the
//! tabular Islamic (Hijri) calendar, converted to Gregorian dates with `jiff`.
//!
//! Solar Hijri follows the 2820-year break table of the widely used `jalaali` algorithm
//! (Borkowski), exact for the years 1–3177 AP as published by Iran's calendar authority.
//! The Islamic calendar is the *tabular* one (30-year cycle, leap years 2, 5, 7, 10, 13, 16, 18,
//! 21, 24, 26, 29, civil epoch 16 July 622 Julian): it can differ by a day or two from the
//! Umm al-Qura calendar or from moon sighting, which no arithmetic can predict.

use jiff::civil::Date;
use jiff::ToSpan;

/// Which calendar a date is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Calendar {
    Gregorian,
    /// Solar Hijri (Iran's and Afghanistan's civil calendar): فروردین … اسفند, حمل … حوت.
    Solar,
    /// Islamic lunar calendar, tabular variant: محرم … ذو الحجة, years marked هـ.
    Hijri,
}

const BREAKS: [i32; 20] = [
    -61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210, 1635, 2060, 2097, 2192, 2262, 2324,
    2394, 2456, 3178,
];

/// Gregorian year and March day of 1 Farvardin of Solar Hijri year `jy`, and whether `jy` is
/// a leap year (Esfand has 30 days).
fn jal_cal(jy: i32) -> Option<(i32, i32, bool)> {
    if jy < BREAKS[0] || jy >= BREAKS[BREAKS.len() - 1] {
        return None;
    }
    let gy = jy + 621;
    let mut leap_j = -14;
    let mut jp = BREAKS[0];
    let mut jump = 0;
    for &jm in &BREAKS[1..] {
        jump = jm - jp;
        if jy < jm {
            break;
        }
        leap_j += jump.div_euclid(33) * 8 + jump.rem_euclid(33).div_euclid(4);
        jp = jm;
    }
    let mut n = jy - jp;
    leap_j += n.div_euclid(33) * 8 + (n.rem_euclid(33) + 3).div_euclid(4);
    if jump.rem_euclid(33) == 4 && jump - n == 4 {
        leap_j += 1;
    }
    let leap_g = gy.div_euclid(4) - ((gy.div_euclid(100) + 1) * 3).div_euclid(4) - 150;
    let march = 20 + leap_j - leap_g;
    if jump - n < 6 {
        n = n - jump + (jump + 4).div_euclid(33) * 33;
    }
    let mut leap = (n + 1).rem_euclid(33) - 1;
    leap = leap.rem_euclid(4);
    if (n + 1).rem_euclid(33) == 0 {
        leap = -1;
    }
    Some((gy, march, leap == 0))
}

/// Days in Solar Hijri month `m` of year `jy`.
pub fn solar_month_len(jy: i32, m: i8) -> Option<u8> {
    match m {
        1..=6 => Some(31),
        7..=11 => Some(30),
        12 => Some(if jal_cal(jy)?.2 { 30 } else { 29 }),
        _ => None,
    }
}

/// Solar Hijri `jy/m/d` as a Gregorian date.
pub fn solar_to_gregorian(jy: i32, m: i8, d: i8) -> Option<Date> {
    let len = solar_month_len(jy, m)?;
    if d < 1 || d as u8 > len {
        return None;
    }
    let (gy, march, _) = jal_cal(jy)?;
    let start = Date::new(i16::try_from(gy).ok()?, 3, 1)
        .ok()?
        .checked_add((march - 1).days())
        .ok()?;
    let offset = if m <= 7 {
        (m as i32 - 1) * 31
    } else {
        6 * 31 + (m as i32 - 7) * 30
    } + d as i32
        - 1;
    start.checked_add(offset.days()).ok()
}

/// The Solar Hijri year a Gregorian date falls in.
pub fn solar_year_of(date: Date) -> Option<i32> {
    let jy = date.year() as i32 - 621;
    let nowruz = solar_to_gregorian(jy, 1, 1)?;
    Some(if date < nowruz { jy - 1 } else { jy })
}

/// Days in a Solar Hijri year.
pub fn solar_year_len(jy: i32) -> Option<u32> {
    Some(if jal_cal(jy)?.2 { 366 } else { 365 })
}

fn hijri_epoch() -> Date {
    // 16 July 622 Julian = 19 July 622 proleptic Gregorian.
    Date::constant(622, 7, 19)
}

fn hijri_leap(y: i32) -> bool {
    (14 + 11 * y).rem_euclid(30) < 11
}

/// Days in tabular Hijri month `m` of year `y`.
pub fn hijri_month_len(y: i32, m: i8) -> Option<u8> {
    match m {
        1..=11 => Some(if m % 2 == 1 { 30 } else { 29 }),
        12 => Some(if hijri_leap(y) { 30 } else { 29 }),
        _ => None,
    }
}

fn hijri_days(y: i32, m: i8, d: i8) -> i32 {
    (y - 1) * 354 + (3 + 11 * y).div_euclid(30) + (59 * (m as i32 - 1) + 1).div_euclid(2) + d as i32
        - 1
}

/// Tabular Hijri `y/m/d` as a Gregorian date.
pub fn hijri_to_gregorian(y: i32, m: i8, d: i8) -> Option<Date> {
    if !(1..=9000).contains(&y) {
        return None;
    }
    let len = hijri_month_len(y, m)?;
    if d < 1 || d as u8 > len {
        return None;
    }
    hijri_epoch().checked_add(hijri_days(y, m, d).days()).ok()
}

/// The tabular Hijri year a Gregorian date falls in.
pub fn hijri_year_of(date: Date) -> Option<i32> {
    let days = (date - hijri_epoch()).get_days();
    let est = (30 * days + 10646).div_euclid(10631);
    [est + 1, est, est - 1]
        .into_iter()
        .find(|&y| y >= 1 && hijri_days(y, 1, 1) <= days)
}

/// Days in a tabular Hijri year.
pub fn hijri_year_len(y: i32) -> u32 {
    if hijri_leap(y) {
        355
    } else {
        354
    }
}

/// `y/m/d` in `cal` as a Gregorian date.
pub fn to_gregorian(cal: Calendar, y: i32, m: i8, d: i8) -> Option<Date> {
    match cal {
        Calendar::Gregorian => Date::new(i16::try_from(y).ok()?, m, d).ok(),
        Calendar::Solar => solar_to_gregorian(y, m, d),
        Calendar::Hijri => hijri_to_gregorian(y, m, d),
    }
}

/// Days in month `m` of year `y` in `cal`.
pub fn month_len(cal: Calendar, y: i32, m: i8) -> Option<u8> {
    match cal {
        Calendar::Gregorian => Some(
            Date::new(i16::try_from(y).ok()?, m, 1)
                .ok()?
                .days_in_month() as u8,
        ),
        Calendar::Solar => solar_month_len(y, m),
        Calendar::Hijri => hijri_month_len(y, m),
    }
}

/// The year, in `cal`, that a Gregorian date falls in.
pub fn year_of(cal: Calendar, date: Date) -> Option<i32> {
    match cal {
        Calendar::Gregorian => Some(date.year() as i32),
        Calendar::Solar => solar_year_of(date),
        Calendar::Hijri => hijri_year_of(date),
    }
}

/// Days in year `y` of `cal`.
pub fn year_len(cal: Calendar, y: i32) -> Option<u32> {
    match cal {
        Calendar::Gregorian => {
            Some(Date::new(i16::try_from(y).ok()?, 1, 1).ok()?.days_in_year() as u32)
        }
        Calendar::Solar => solar_year_len(y),
        Calendar::Hijri => Some(hijri_year_len(y)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }

    #[test]
    fn solar_known_pairs() {
        assert_eq!(solar_to_gregorian(1404, 7, 15), Some(d("2025-10-07")));
        assert_eq!(solar_to_gregorian(1400, 1, 1), Some(d("2021-03-21")));
        assert_eq!(solar_to_gregorian(1403, 1, 1), Some(d("2024-03-20")));
        assert_eq!(solar_to_gregorian(1403, 12, 30), Some(d("2025-03-20"))); // 1403 is leap
        assert_eq!(solar_to_gregorian(1404, 12, 30), None);
        assert_eq!(solar_to_gregorian(1357, 11, 22), Some(d("1979-02-11")));
        assert_eq!(solar_to_gregorian(1399, 12, 30), Some(d("2021-03-20"))); // 1399 is leap
        assert_eq!(solar_to_gregorian(1402, 10, 11), Some(d("2024-01-01")));
        assert_eq!(solar_year_of(d("2025-10-07")), Some(1404));
        assert_eq!(solar_year_of(d("2025-03-20")), Some(1403));
    }

    #[test]
    fn hijri_known_pairs() {
        // Tabular (civil epoch) values.
        assert_eq!(hijri_to_gregorian(1, 1, 1), Some(d("0622-07-19")));
        assert_eq!(hijri_to_gregorian(1446, 1, 1), Some(d("2024-07-08")));
        assert_eq!(hijri_to_gregorian(1445, 9, 1), Some(d("2024-03-11")));
        assert_eq!(hijri_to_gregorian(1443, 2, 21), Some(d("2021-09-29")));
        assert_eq!(hijri_year_of(d("2024-07-08")), Some(1446));
        assert_eq!(hijri_year_of(d("2024-07-07")), Some(1445));
        assert_eq!(hijri_to_gregorian(1445, 2, 30), None);
    }
}
