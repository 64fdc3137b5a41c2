//! Volumes and issues written with Korean, Chinese or Japanese counters: "제26권" (Korean:
//! volume 26), "第58巻" (Japanese), "第3期" (Chinese: issue 3), "제4권6호" (volume 4, issue
//! 6), "제32집" (collection 32, a volume): the number is the value, the counter says which.

use crate::reference::parse::re;
use crate::reference::Reference;
use regex::Regex;
use std::sync::LazyLock;

/// A volume's counter after its number, an optional "제"/"第" before it, and an issue right
/// after it ("제4권6호", "제33권 제1호").
static VOLUME: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?:통권\s*)?[제第]?\s*([0-9]+)\s*[권卷巻집輯冊](?:[,\s]*[제第]?\s*([0-9]+)\s*[호號号期])?$",
        "CJK_VOLUME",
    )
});

/// An issue's counter: "제1호", "第3期", "第3号".
static ISSUE: LazyLock<Regex> =
    LazyLock::new(|| re(r"^[제第]?\s*([0-9]+)\s*[호號号期]$", "CJK_ISSUE"));

/// The issue after the volume in the text ("제5권, 제1호", "第58巻, 第3号").
static ISSUE_AFTER: LazyLock<Regex> =
    LazyLock::new(|| re(r"^[,\s]*[제第]\s*([0-9]+)\s*[호號号期]", "CJK_ISSUE_AFTER"));

/// Read the volume's counters: the volume's number, the issue's as the number.
pub(super) fn cjk_volume_and_issue(r: &mut Reference) {
    let Some(volume) = r.volume.as_deref() else {
        return;
    };
    // Most volumes are ASCII: nothing to read.
    if volume.is_ascii() {
        return;
    }
    if let Some(caps) = VOLUME.captures(volume) {
        let number = caps.get(2).map(|m| m.as_str().to_string()).or_else(|| {
            let raw = r.raw.as_str();
            let at = raw.find(volume)? + volume.len();
            ISSUE_AFTER.captures(&raw[at..]).map(|c| c[1].to_string())
        });
        r.volume = Some(caps[1].into());
        if r.number.is_none() {
            r.number = number.map(Into::into);
        }
    } else if let Some(caps) = ISSUE.captures(volume) {
        if r.number.is_none() {
            r.number = Some(caps[1].into());
        }
        r.volume = None;
    }
}

#[cfg(test)]
mod tests {
    use crate::reference::parse;

    #[test]
    fn counters_say_volume_or_issue() {
        for (text, volume, number) in [
            ("김영상, '증강현실을 적용한 관광지 구현,' 스마트미디어저널, 제5권, 제1호, 122-129쪽, 2016년 3월.", Some("5"), Some("1")),
            ("김은정, '항공안전데이터 보호제도 도입 방안 연구', 항공우주정책법학회지 제33권 제1호 (2018).", Some("33"), Some("1")),
            ("小井川広志, 2008, 'グローバル.バリュー.チェーン分析の展望', 経済学研究, 第58巻, 第3号, 99-114頁.", Some("58"), Some("3")),
        ] {
            let r = parse(text);
            assert_eq!(r.volume.as_deref(), volume, "{text}");
            assert_eq!(r.number.as_deref(), number, "{text}");
        }
    }
}
