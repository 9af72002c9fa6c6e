//! Fuzzes the exact float conversions against the standard library: any text parses as
//! `str::parse::<f64>` does (bar `inf` and `NaN`, which `num::parse` refuses), and any bit
//! pattern formats as `{}` and `{:.N}` do and reads back to itself.
#![no_main]

use libfuzzer_sys::fuzz_target;
use relance_model::num;

fuzz_target!(|data: &[u8]| {
    if data.len() >= 9 {
        let bits = u64::from_le_bytes(data[..8].try_into().unwrap());
        let x = f64::from_bits(bits);
        let s = num::shortest(x);
        assert_eq!(s, format!("{x}"));
        if x.is_finite() {
            assert_eq!(num::parse(&s).map(f64::to_bits), Some(bits));
        }
        let d = (data[8] % 24) as usize;
        if x.is_nan() || x.abs() < 1e40 {
            assert_eq!(num::fixed(x, d), format!("{x:.d$}"));
        }
    }
    if let Ok(text) = std::str::from_utf8(data) {
        let ours = num::parse(text).map(f64::to_bits);
        let lower = text.to_ascii_lowercase();
        let std = text
            .parse::<f64>()
            .ok()
            .filter(|v| !v.is_nan() && !lower.contains("inf"))
            .map(f64::to_bits);
        assert_eq!(ours, std, "{text:?}");
    }
});
