//! Chinese: numbers written with Han numerals (二〇二一年, 九月, 二十九日, 三天前).

use super::rules::{LangRules, NumTok};

pub struct Chinese;

fn digit(c: char) -> Option<u32> {
    Some(match c {
        '〇' | '零' => 0,
        '一' => 1,
        '二' | '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => return None,
    })
}

/// Value of a run of Han numerals: positional (二〇二一 = 2021) or with 十/百 (二十九 = 29).
fn value(run: &str) -> Option<(u32, u8)> {
    let n = run.chars().count();
    if !run.contains(['十', '百']) {
        let mut v = 0u32;
        for c in run.chars() {
            v = v.checked_mul(10)?.checked_add(digit(c)?)?;
        }
        return Some((v, n.min(9) as u8));
    }
    let (mut total, mut cur) = (0u32, None::<u32>);
    for c in run.chars() {
        match c {
            '十' => {
                total += cur.unwrap_or(1) * 10;
                cur = None;
            }
            '百' => {
                total += cur.unwrap_or(1) * 100;
                cur = None;
            }
            c => cur = Some(digit(c)?),
        }
    }
    let v = total + cur.unwrap_or(0);
    Some((
        v,
        if v >= 100 {
            3
        } else if v >= 10 {
            2
        } else {
            1
        },
    ))
}

impl LangRules for Chinese {
    fn scan_numbers(&self, folded: &str, out: &mut Vec<NumTok>) {
        let mut start = None;
        let is_num = |c: char| digit(c).is_some() || c == '十' || c == '百';
        let flush = |s: usize, e: usize, out: &mut Vec<NumTok>| {
            if let Some((value, digits)) = value(&folded[s..e]) {
                out.push(NumTok {
                    start: s,
                    end: e,
                    value,
                    digits,
                });
            }
        };
        for (i, c) in folded.char_indices() {
            match (is_num(c), start) {
                (true, None) => start = Some(i),
                (false, Some(s)) => {
                    flush(s, i, out);
                    start = None;
                }
                _ => {}
            }
        }
        if let Some(s) = start {
            flush(s, folded.len(), out);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn han_numerals() {
        assert_eq!(value("二〇二一"), Some((2021, 4)));
        assert_eq!(value("二十九"), Some((29, 2)));
        assert_eq!(value("十"), Some((10, 2)));
        assert_eq!(value("十二"), Some((12, 2)));
        assert_eq!(value("三"), Some((3, 1)));
        let mut out = Vec::new();
        Chinese.scan_numbers("二〇二一年九月二十九日", &mut out);
        let v: Vec<u32> = out.iter().map(|n| n.value).collect();
        assert_eq!(v, vec![2021, 9, 29]);
    }
}
