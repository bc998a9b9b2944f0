use super::*;
use dyad_core::DatePrecision;
use std::sync::OnceLock;

fn lex() -> &'static TimeLexicon {
    static L: OnceLock<TimeLexicon> = OnceLock::new();
    L.get_or_init(|| TimeLexicon::builtin().expect("builtin time lexicon"))
}

fn d(s: &str) -> Date {
    s.parse().unwrap()
}

/// (matched text, value, precision) of every expression.
fn f(text: &str, lang: Lang, anchor: Option<&str>) -> Vec<(String, String, DatePrecision)> {
    find_times(text, lang, anchor.map(d), lex())
        .into_iter()
        .map(|t| {
            (
                t.span.of(text).to_string(),
                t.value.to_string(),
                t.value.precision,
            )
        })
        .collect()
}

fn one(text: &str, lang: Lang, anchor: Option<&str>) -> String {
    let v = f(text, lang, anchor);
    assert_eq!(v.len(), 1, "{text}: {v:?}");
    v[0].1.clone()
}

#[test]
fn english_absolute() {
    assert_eq!(
        one("on 29 September 2021 in Islamabad", Lang::of("en"), None),
        "2021-09-29"
    );
    assert_eq!(
        one("on September 29, 2021.", Lang::of("en"), None),
        "2021-09-29"
    );
    assert_eq!(
        one("Thursday, May 23, 2024", Lang::of("en"), None),
        "2024-05-23"
    );
    assert_eq!(
        one("on Sept. 29", Lang::of("en"), Some("2021-10-01")),
        "2021-09-29"
    );
    assert_eq!(one("dated 29/09/2021", Lang::of("en"), None), "2021-09-29");
    assert_eq!(
        one("at 2021-09-29T10:00:00Z", Lang::of("en"), None),
        "2021-09-29"
    );
    assert_eq!(one("in 2021", Lang::of("en"), None), "2021");
    assert_eq!(one("during the 1980s", Lang::of("en"), None), "1980s");
}

#[test]
fn english_not_dates() {
    assert!(f(
        "He was leading a 13-member delegation",
        Lang::of("en"),
        Some("2021-04-08")
    )
    .is_empty());
    assert!(f(
        "DNB Bank AC # 0530 2294668",
        Lang::of("en"),
        Some("2021-04-08")
    )
    .is_empty());
    assert!(f(
        "NO15 0530 2294 668 and $/€10",
        Lang::of("en"),
        Some("2021-04-08")
    )
    .is_empty());
    assert!(f(
        "Theresa May said it may rain",
        Lang::of("en"),
        Some("2021-04-08")
    )
    .is_empty());
    assert!(f("2021 people were there", Lang::of("en"), Some("2021-04-08")).is_empty());
}

#[test]
fn english_relative() {
    let a = Some("2025-10-07");
    assert_eq!(
        one("Russia hosted them on Tuesday", Lang::of("en"), a),
        "2025-10-07"
    );
    assert_eq!(one("this past July, Russia", Lang::of("en"), a), "2025-07");
    assert_eq!(one("last month it hosted", Lang::of("en"), a), "2025-09");
    assert_eq!(one("yesterday", Lang::of("en"), a), "2025-10-06");
    assert_eq!(one("two days ago", Lang::of("en"), a), "2025-10-05");
    assert_eq!(
        one(
            "the conference will begin on April 16",
            Lang::of("en"),
            Some("2021-04-08")
        ),
        "2021-04-16"
    );
    assert_eq!(
        one(
            "Speaking on August 20, he said",
            Lang::of("en"),
            Some("2025-08-27")
        ),
        "2025-08-20"
    );
    assert!(f("on Tuesday", Lang::of("en"), None).is_empty());
}

#[test]
fn durations_are_separate() {
    let t = "his two-day visit after almost a decade";
    assert!(find_times(t, Lang::of("en"), Some(d("2021-04-07")), lex()).is_empty());
    let v: Vec<u32> = find_durations(t, Lang::of("en"), lex())
        .iter()
        .map(|d| d.days)
        .collect();
    assert_eq!(v, vec![2, 3652]);
}

#[test]
fn relative_to_previous_expression() {
    let t = "The ceasefire was agreed on 6 April 2021 and talks began two days later.";
    let v = f(t, Lang::of("en"), None);
    assert_eq!(v.len(), 2, "{v:?}");
    assert_eq!(v[1].1, "2021-04-08");
    let x = find_times(t, Lang::of("en"), None, lex());
    assert_eq!(x[1].anchor, "previous");
    // Nothing before it: dropped.
    assert!(f(
        "Talks began two days later.",
        Lang::of("en"),
        Some("2021-04-08")
    )
    .is_empty());
}

#[test]
fn no_anchor_keeps_absolute_only() {
    let t = "On Tuesday, 29 September 2021, and last month, and in 2020.";
    let v = f(t, Lang::of("en"), None);
    let vals: Vec<&str> = v.iter().map(|x| x.1.as_str()).collect();
    assert_eq!(vals, vec!["2021-09-29", "2020"]);
}

#[test]
fn anchors_are_labelled() {
    let t = "On 29 September 2021 and yesterday";
    let x = find_times(t, Lang::of("en"), Some(d("2021-10-01")), lex());
    assert_eq!(
        x.iter().map(|e| e.anchor).collect::<Vec<_>>(),
        vec!["absolute", "published"]
    );
    assert_eq!(x[0].span.of(t), "29 September 2021");
}

#[test]
fn weekday_on_publication_day_is_that_day() {
    // Published on a Wednesday, "on Wednesday" is that day, past or future.
    assert_eq!(
        one("He spoke on Wednesday.", Lang::of("en"), Some("2021-09-29")),
        "2021-09-29"
    );
    assert_eq!(
        one(
            "He will speak on Wednesday.",
            Lang::of("en"),
            Some("2021-09-29")
        ),
        "2021-09-29"
    );
    assert_eq!(
        one(
            "They met last Wednesday.",
            Lang::of("en"),
            Some("2021-09-29")
        ),
        "2021-09-22"
    );
    assert_eq!(
        one(
            "They meet next Wednesday.",
            Lang::of("en"),
            Some("2021-09-29")
        ),
        "2021-10-06"
    );
}

#[test]
fn partial_dates_by_tense() {
    let a = Some("2021-04-08");
    assert_eq!(
        one("It will open on April 16.", Lang::of("en"), a),
        "2021-04-16"
    );
    assert_eq!(
        one("It opened on April 16.", Lang::of("en"), a),
        "2020-04-16"
    );
    assert_eq!(
        one("The deal will be signed in March.", Lang::of("en"), a),
        "2022-03"
    );
    assert_eq!(
        one("The deal was signed in March.", Lang::of("en"), a),
        "2021-03"
    );
    // A weekday beside a day picks the year that fits: 16 April was a Friday in 2021.
    assert_eq!(
        one(
            "It opened on Friday, April 16.",
            Lang::of("en"),
            Some("2021-05-01")
        ),
        "2021-04-16"
    );
}

#[test]
fn week_and_ranges_carry_durations() {
    let x = find_times("last week", Lang::of("en"), Some(d("2025-10-07")), lex());
    assert_eq!(
        (x[0].value.to_string(), x[0].duration_days),
        ("2025-09-29".into(), Some(7))
    );
    let x = find_times("from 16 to 26 April 2021", Lang::of("en"), None, lex());
    assert_eq!(
        (x[0].value.to_string(), x[0].duration_days),
        ("2021-04-16".into(), Some(11))
    );
    let x = find_times("مهر ۱۴۰۴", Lang::of("fa"), None, lex());
    assert_eq!(
        (x[0].value.to_string(), x[0].duration_days),
        ("2025-09-23".into(), Some(30))
    );
}

#[test]
fn digits_in_every_script() {
    assert_eq!(one("٢٩ سبتمبر ٢٠٢١", Lang::of("ar"), None), "2021-09-29");
    assert_eq!(one("۲۹ سپتامبر ۲۰۲۱", Lang::of("fa"), None), "2021-09-29");
    assert_eq!(one("२९ सितंबर २०२१", Lang::of("hi"), None), "2021-09-29");
    assert_eq!(one("۱۴۰۴/۰۷/۱۵", Lang::of("fa"), None), "2025-10-07");
    assert_eq!(one("٢٠٢١-٠٩-٢٩", Lang::of("ar"), None), "2021-09-29");
}

#[test]
fn spans_point_into_the_original_text() {
    let t = "وقال إنه عُقِد اليومَ ٢٩ سبتمبر/أيلول ٢٠٢١ في إسلام أباد";
    let x = find_times(t, Lang::of("ar"), Some(d("2021-09-29")), lex());
    let spans: Vec<&str> = x.iter().map(|e| e.span.of(t)).collect();
    assert_eq!(spans, vec!["اليومَ", "٢٩ سبتمبر/أيلول ٢٠٢١"]);
}

#[test]
fn unsupported_language_falls_back_to_english() {
    assert_eq!(one("on 29 September 2021", Lang::UND, None), "2021-09-29");
    assert!(lex().supports(Lang::of("ru")));
    assert!(!lex().supports(Lang::UND));
}

#[test]
fn no_panic_on_odd_input() {
    for t in [
        "",
        " ",
        "\n\n",
        "2021",
        "29/",
        "/09/2021",
        "٢",
        "in",
        "the 2021-",
        "9999-99-99",
        "Sept.",
        "ـ",
        "سه‌",
        "\u{200C}",
    ] {
        for l in [
            Lang::of("en"),
            Lang::of("ar"),
            Lang::of("fa"),
            Lang::of("zh"),
            Lang::of("ru"),
        ] {
            let _ = find_times(t, l, Some(d("2021-01-01")), lex());
            let _ = find_durations(t, l, lex());
            let _ = publication_date(t, Some(t), l, lex());
        }
    }
}

// ---------------------------------------------------------------- lexicon errors

#[test]
fn data_errors_name_file_line_and_key() {
    let bad = "lang = \"xx\"\n[grammar]\npatterns = [\n  \"{day} {month} => date\",\n  \"{nope} => date\",\n]\n";
    let e = TimeLexicon::from_files([("time/xx.toml", bad)]).unwrap_err();
    assert_eq!(
        (e.file.as_str(), e.line, e.key.as_str()),
        ("time/xx.toml", 5, "grammar.patterns")
    );
    assert!(e.message.contains("unknown slot"), "{e}");
    let e = TimeLexicon::from_files([(
        "time/yy.toml",
        "lang = \"yy\"\n[names]\nmonths = [[\"a\"]]\n",
    )])
    .unwrap_err();
    assert_eq!((e.line, e.key.as_str()), (3, "names.months"));
    let e = TimeLexicon::from_files([("time/zz.toml", "lang = \"zz\"\nfoo = 1\n")]).unwrap_err();
    assert_eq!((e.file.as_str(), e.line), ("time/zz.toml", 2));
    let e = TimeLexicon::from_files([("time/u.toml", "lang = \"u\"\n[units]\nday = \"dia\"\n")])
        .unwrap_err();
    assert_eq!((e.line, e.key.as_str()), (3, "units.day"));
}

#[test]
fn a_language_is_a_data_file() {
    let eo = r#"
lang = "eo"
[names]
months = [["januaro"], ["februaro"], ["marto"], ["aprilo"], ["majo"], ["junio"], ["julio"],
  ["aŭgusto"], ["septembro"], ["oktobro"], ["novembro"], ["decembro"]]
[grammar]
patterns = ["la? {day} de {month} {year} => date"]
"#;
    let l = TimeLexicon::from_files([("time/eo.toml", eo)]).unwrap();
    assert_eq!(l.languages().collect::<Vec<_>>(), vec!["eo"]);
    // No Esperanto in Lang: it is found through the fallback only when it is called "en";
    // the engine itself is language-blind.
    let en = eo.replace("lang = \"eo\"", "lang = \"en\"");
    let l = TimeLexicon::from_files([("time/en.toml", en.as_str())]).unwrap();
    let x = find_times("la 29 de septembro 2021", Lang::of("en"), None, &l);
    assert_eq!(x[0].value.to_string(), "2021-09-29");
}

// ---------------------------------------------------------------- publication dates

fn pubd(
    text: &str,
    meta: Option<&str>,
    lang: Lang,
) -> (Option<String>, Option<dyad_core::PublishedFrom>) {
    let p = publication_date(text, meta, lang, lex());
    (p.date.map(|d| d.to_string()), p.from)
}

#[test]
fn metadata_first() {
    use dyad_core::PublishedFrom::*;
    let body = "ISLAMABAD, April 7, 2021 — Talks ended.";
    assert_eq!(
        pubd(body, Some("2021-04-08T10:00:00Z"), Lang::of("en")),
        (Some("2021-04-08".into()), Some(Metadata))
    );
    assert_eq!(
        pubd(body, Some("Tue, 07 Oct 2025 10:00:00 GMT"), Lang::of("en"))
            .0
            .as_deref(),
        Some("2025-10-07")
    );
    assert_eq!(
        pubd(body, Some("October 7, 2025"), Lang::of("en"))
            .0
            .as_deref(),
        Some("2025-10-07")
    );
    assert_eq!(
        pubd(body, Some("2025-10-07"), Lang::of("ar")).0.as_deref(),
        Some("2025-10-07")
    );
    // Metadata that is not a date: the dateline is used and the note says so.
    let p = publication_date(body, Some("yesterday"), Lang::of("en"), lex());
    assert_eq!(p.date.map(|d| d.to_string()).as_deref(), Some("2021-04-07"));
}

#[test]
fn datelines_and_bylines() {
    use dyad_core::PublishedFrom::*;
    let cases = [
        (
            "ISLAMABAD, April 7, 2021 — Russian Foreign Minister Sergey Lavrov said…",
            Lang::of("en"),
            "2021-04-07",
            Dateline,
        ),
        (
            "MOSCOW (Oct. 7, 2025) – Russia hosted a delegation.",
            Lang::of("en"),
            "2025-10-07",
            Dateline,
        ),
        (
            "Title of the story here today\n\nNovember 15, 2024 11:55 pm\n\nBody text.",
            Lang::of("en"),
            "2024-11-15",
            Dateline,
        ),
        (
            "Title of the story\nBy Furqan Raja | April 8, 2021\nBody.",
            Lang::of("en"),
            "2021-04-08",
            Byline,
        ),
        (
            "Published: 07/10/2025 09:30 PKT\nBody.",
            Lang::of("en"),
            "2025-10-07",
            Byline,
        ),
        (
            "Заголовок статьи о переговорах\n7 октября 2025\nТекст.",
            Lang::of("ru"),
            "2025-10-07",
            Dateline,
        ),
        (
            "عنوان الخبر هنا\n٢٩ سبتمبر ٢٠٢١\nنص الخبر.",
            Lang::of("ar"),
            "2021-09-29",
            Dateline,
        ),
        ("عنوان خبر\n۱۵ مهر ۱۴۰۴\nمتن خبر.", Lang::of("fa"), "2025-10-07", Dateline),
        // Arabic comma after the place, a parenthesis in it, a nukta in a Devanagari name.
        (
            "اسلام آباد، 28 فروری 2019: وزیر اعظم عمران خان نے جمعرات کو خطاب کیا۔",
            Lang::of("ur"),
            "2019-02-28",
            Dateline,
        ),
        (
            "العُلا (السعودية)، ٥ يناير ٢٠٢١ - وقّع قادة دول مجلس التعاون الخليجي، اليوم الثلاثاء، البيان.",
            Lang::of("ar"),
            "2021-01-05",
            Dateline,
        ),
        (
            "कज़ान, 23 अक्टूबर 2024 — प्रधानमंत्री ने बुधवार को बैठक की।",
            Lang::of("hi"),
            "2024-10-23",
            Dateline,
        ),
        // Pashto: Afghan solar months in Pashto, ordinal days.
        (
            "کابل، د ۱۴۰۱ کال د لیندۍ ۳۰مه: د لوړو زده کړو وزارت امر وکړ.",
            Lang::of("ps"),
            "2022-12-21",
            Dateline,
        ),
        (
            "تورخم، د ۲۰۲۳ کال د نومبر لومړۍ: هغه نېټه نن پای ته ورسېده.",
            Lang::of("ps"),
            "2023-11-01",
            Dateline,
        ),
        // Afghan month names in a Dari byline, Latin digits.
        (
            "عنوان خبر در کابل\nتاریخ انتشار: میزان 07, 1402\nمتن خبر.",
            Lang::of("fa"),
            "2023-09-29",
            Byline,
        ),
        // Chinese agency datelines: the place runs into the date, 电 closes it.
        (
            "本报北京2022年2月4日电 国家主席习近平4日下午同普京举行会谈。",
            Lang::of("zh"),
            "2022-02-04",
            Dateline,
        ),
        (
            "新华社莫斯科2025年10月7日电（记者 张三）俄罗斯外长拉夫罗夫7日表示。",
            Lang::of("zh"),
            "2025-10-07",
            Dateline,
        ),
        // Lines the page writes about itself, in several languages.
        (
            "Заголовок\nОпубликовано: 07.10.2025 14:32\nТекст новости.",
            Lang::of("ru"),
            "2025-10-07",
            Byline,
        ),
        (
            "عنوان الخبر\nتاريخ النشر: 07/10/2025 - 14:32\nنص الخبر.",
            Lang::of("ar"),
            "2025-10-07",
            Byline,
        ),
        (
            "Haber başlığı burada\nSon güncelleme: 07.10.2025 14:32\nHaber metni.",
            Lang::of("tr"),
            "2025-10-07",
            Byline,
        ),
        (
            "标题在这里\n发布时间：2025-10-07 10:32 来源：新华网\n正文。",
            Lang::of("zh"),
            "2025-10-07",
            Byline,
        ),
        (
            "Headline here\nPublished September 30, 2021\nBody of the story.",
            Lang::of("en"),
            "2021-09-30",
            Byline,
        ),
        (
            "Titre de l'article\nPublié le 7 octobre 2025 à 14h32\nTexte.",
            Lang::of("fr"),
            "2025-10-07",
            Byline,
        ),
        (
            "शीर्षक यहाँ है\nप्रकाशित: 7 अक्टूबर 2025, 10:30 बजे\nखबर।",
            Lang::of("hi"),
            "2025-10-07",
            Byline,
        ),
        // Other calendars and digit systems: Hijri, Han numerals, Devanagari digits.
        (
            "الرياض، ١٥ رمضان ١٤٤٥ هـ - أعلنت وزارة الخارجية السعودية عن اتفاق جديد.",
            Lang::of("ar"),
            "2024-03-25",
            Dateline,
        ),
        (
            "新华社北京二〇二五年十月七日电 外交部发言人表示。",
            Lang::of("zh"),
            "2025-10-07",
            Dateline,
        ),
        (
            "नई दिल्ली, ७ अक्टूबर २०२५ — विदेश मंत्री ने बैठक की।",
            Lang::of("hi"),
            "2025-10-07",
            Dateline,
        ),
        (
            "Cumhurbaşkanlığı açıklaması\nYayınlanma: 07.10.2025 14:32\nHaber metni burada.",
            Lang::of("tr"),
            "2025-10-07",
            Byline,
        ),
        (
            "Titular de la noticia\nActualizado: 07/10/2025 14:32\nTexto.",
            Lang::of("es"),
            "2025-10-07",
            Byline,
        ),
        (
            "Überschrift der Meldung\nVeröffentlicht am 7. Oktober 2025, 14:32 Uhr\nText.",
            Lang::of("de"),
            "2025-10-07",
            Byline,
        ),
        (
            "عنوان خبر\nشائع 7 اکتوبر 2025\nخبر کا متن۔",
            Lang::of("ur"),
            "2025-10-07",
            Byline,
        ),
    ];
    for (text, lang, want, from) in cases {
        assert_eq!(
            pubd(text, None, lang),
            (Some(want.to_string()), Some(from)),
            "{text}"
        );
    }
}

#[test]
fn published_before_updated_and_updated_after_dateline() {
    use dyad_core::PublishedFrom::*;
    let t = "Headline here\nUpdated: October 9, 2025\nPublished: October 7, 2025\nBody.";
    assert_eq!(
        pubd(t, None, Lang::of("en")),
        (Some("2025-10-07".into()), Some(Byline))
    );
    // An update line is not the publication when the page also has an older dateline.
    let t = "Headline here\nLast updated: October 9, 2025\nMOSCOW, October 7, 2025 — Text.";
    assert_eq!(
        pubd(t, None, Lang::of("en")),
        (Some("2025-10-07".into()), Some(Dateline))
    );
    // A sentence that mentions publication is not a byline.
    let t = "The decree was published on 7 October 2025 in the official gazette of the republic.";
    assert_eq!(pubd(t, None, Lang::of("en")), (None, None));
}

#[test]
fn banners_are_not_dates() {
    for (t, lang) in [
        (
            "Today is Thursday, May 23, 2024\nHeadline of the story\nBody.",
            Lang::of("en"),
        ),
        (
            "Сегодня: 23 мая 2024\nЗаголовок статьи\nТекст.",
            Lang::of("ru"),
        ),
        ("今天是2024年5月23日 星期四\n标题\n正文。", Lang::of("zh")),
        ("اليوم: الخميس 23 مايو 2024\nعنوان\nنص.", Lang::of("ar")),
    ] {
        assert_eq!(pubd(t, None, lang), (None, None), "{t}");
    }
}

fn dated(
    src: &DateSources,
    lang: Lang,
) -> (Option<String>, Option<dyad_core::PublishedFrom>, String) {
    let p = publication_date_of(src, lang, lex());
    (
        p.date.map(|d| d.to_string()),
        p.from,
        p.note.unwrap_or_default(),
    )
}

#[test]
fn url_dates_and_their_place_in_the_order() {
    use dyad_core::PublishedFrom::*;
    let text = "MOSCOW, October 6, 2025 — Lavrov met Dar.";
    let src = DateSources {
        text,
        url: Some("https://example.com/world/2025/10/07/lavrov-dar"),
        ..DateSources::default()
    };
    let (d, from, _) = dated(&src, Lang::of("en"));
    assert_eq!((d.as_deref(), from), (Some("2025-10-07"), Some(Url)));
    // Metadata goes first.
    let src = DateSources {
        metadata: Some("2025-10-08"),
        ..src
    };
    assert_eq!(dated(&src, Lang::of("en")).1, Some(Metadata));
    // A month in the url is made exact by a dateline inside it.
    let src = DateSources {
        text,
        url: Some("https://example.ru/politics/2025/10/lavrov-dar"),
        ..DateSources::default()
    };
    let (d, from, _) = dated(&src, Lang::of("en"));
    assert_eq!((d.as_deref(), from), (Some("2025-10-06"), Some(Dateline)));
}

#[test]
fn crawl_and_ingest_dates_only_bound() {
    use dyad_core::PublishedFrom::*;
    // Never a date of their own.
    let src = DateSources {
        text: "Russia hosted a delegation on Tuesday.",
        crawled: Some("2024-05-23T10:00:00Z"),
        ingested: Some(d("2026-01-01")),
        ..DateSources::default()
    };
    assert_eq!(dated(&src, Lang::of("en")).0, None);
    // A date later than the crawl is distrusted with a note; the next source is used.
    let src = DateSources {
        text: "MOSCOW, April 7, 2021 — Lavrov met Qureshi.",
        metadata: Some("2024-06-01"),
        crawled: Some("2024-05-23T10:00:00Z"),
        ..DateSources::default()
    };
    let (d1, from, note) = dated(&src, Lang::of("en"));
    assert_eq!((d1.as_deref(), from), (Some("2021-04-07"), Some(Dateline)));
    assert!(
        note.contains("later than the crawl date 2024-05-23"),
        "{note}"
    );
    let src = DateSources {
        text: "Lavrov met Qureshi.",
        metadata: Some("2027-01-01"),
        ingested: Some(d("2026-12-05")),
        ..DateSources::default()
    };
    let (d1, _, note) = dated(&src, Lang::of("en"));
    assert_eq!(d1, None);
    assert!(note.contains("later than the ingest date"), "{note}");
    // A day's slack for time zones.
    let src = DateSources {
        text: "Lavrov met Qureshi.",
        metadata: Some("2026-12-06"),
        ingested: Some(d("2026-12-05")),
        ..DateSources::default()
    };
    assert_eq!(dated(&src, Lang::of("en")).0.as_deref(), Some("2026-12-06"));
}

#[test]
fn dates_far_from_the_text_are_distrusted() {
    let src = DateSources {
        text: "Talks were held on 7 April 2021 and again on 9 May 2021 in Islamabad.",
        metadata: Some("2024-05-23"),
        ..DateSources::default()
    };
    let (d1, _, note) = dated(&src, Lang::of("en"));
    assert_eq!(d1, None);
    assert!(note.contains("far from the text's own dates"), "{note}");
    // One old date (a treaty recalled) is not enough to distrust.
    let src = DateSources {
        text: "The accord of 14 July 2015 was discussed on Tuesday.",
        metadata: Some("2025-10-07"),
        ..DateSources::default()
    };
    assert_eq!(dated(&src, Lang::of("en")).0.as_deref(), Some("2025-10-07"));
    // Old dates years apart are history the report recalls, not an archived page's own days.
    let src = DateSources {
        text: "The Soviet army entered Afghanistan in December 1979 and left in February 1989. \
               The talks on Tuesday recalled both.",
        metadata: Some("2025-10-07"),
        ..DateSources::default()
    };
    assert_eq!(dated(&src, Lang::of("en")).0.as_deref(), Some("2025-10-07"));
}

#[test]
fn datelines_without_a_year() {
    use dyad_core::PublishedFrom::*;
    let text = "中评社香港10月7日电 俄罗斯外长拉夫罗夫7日在莫斯科会见巴基斯坦外长。双方于2025年10月6日通电话。";
    // The year from the url.
    let src = DateSources {
        text,
        url: Some("http://www.crntt.com/doc/2025/10/abc.html"),
        ..DateSources::default()
    };
    let (d1, from, _) = dated(&src, Lang::of("zh"));
    assert_eq!((d1.as_deref(), from), (Some("2025-10-07"), Some(Dateline)));
    // From the ingest date, when the text's own dates confirm the year.
    let src = DateSources {
        text,
        ingested: Some(d("2025-11-20")),
        ..DateSources::default()
    };
    assert_eq!(dated(&src, Lang::of("zh")).0.as_deref(), Some("2025-10-07"));
    // Not when they do not (an archive ingested years later): no date, and a note.
    let src = DateSources {
        text: "MOSCOW, Oct 7 (Reuters) - Lavrov met Dar on 6 October 2019 and on 7 October 2019.",
        ingested: Some(d("2026-12-05")),
        ..DateSources::default()
    };
    let (d1, _, note) = dated(&src, Lang::of("en"));
    assert_eq!(d1, None);
    assert!(note.contains("has no year"), "{note}");
    // Nothing to take a year from at all.
    let src = DateSources {
        text: "MOSCOW, Oct 7 (Reuters) - Lavrov met Dar.",
        ..DateSources::default()
    };
    assert_eq!(dated(&src, Lang::of("en")).0, None);
}

#[test]
fn no_date_from_the_body() {
    let t = "Russia hosted a delegation on Tuesday. Speaking on August 20, he said it went well.";
    let p = publication_date(t, None, Lang::of("en"), lex());
    assert_eq!(p.date, None);
    assert!(p
        .note
        .unwrap()
        .contains("no metadata, url, byline or dateline"));
    // A full date inside a body sentence is not a dateline.
    let t = "The minister said the talks of 29 September 2021 had gone well and would continue.";
    assert_eq!(publication_date(t, None, Lang::of("en"), lex()).date, None);
}

#[test]
fn site_header_dates_are_not_trusted() {
    let t = "| Welcome to Some News\n\nThursday, May 23, 2024\n\nA title about talks in the region\n\nTalks begin on 1 May 2021 and will continue on April 16.";
    let p = publication_date(t, None, Lang::of("en"), lex());
    assert_eq!(p.date, None, "{p:?}");
    assert!(p.note.unwrap().contains("header"));
    // The same date line below the title is the article's.
    let t = "A title about talks in the region\n\nThursday, May 23, 2024\n\nTalks began today.";
    assert_eq!(
        publication_date(t, None, Lang::of("en"), lex())
            .date
            .map(|d| d.to_string())
            .as_deref(),
        Some("2024-05-23")
    );
    // Debris alone (no weekday, no older body) is not enough to distrust.
    let t =
        "Home | News | World\nMay 23, 2024\nA title about talks in the region\nTalks began today.";
    assert_eq!(
        publication_date(t, None, Lang::of("en"), lex())
            .date
            .map(|d| d.to_string())
            .as_deref(),
        Some("2024-05-23")
    );
}

#[test]
fn no_panic_on_random_mixtures() {
    let pool: Vec<char> =
        "aZ9 ٢۴२０,./-–()':\n\tİıÅéёЁوالأربعاءسه‌شنبهََـ年月日二十〇 July Sept. 1980s 29th هـ ء г.|"
            .chars()
            .collect();
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    for _ in 0..400 {
        let mut s = String::new();
        for _ in 0..40 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            s.push(pool[(x % pool.len() as u64) as usize]);
        }
        for l in [
            Lang::of("en"),
            Lang::of("ar"),
            Lang::of("fa"),
            Lang::of("zh"),
            Lang::of("tr"),
            Lang::of("hi"),
        ] {
            for t in find_times(&s, l, Some(d("2021-01-01")), lex()) {
                assert!(s.get(t.span.start..t.span.end).is_some(), "{s:?}: {t:?}");
            }
            let _ = publication_date(&s, Some(&s), l, lex());
        }
    }
}
