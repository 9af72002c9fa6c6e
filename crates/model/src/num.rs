//! Exact conversions between decimal text and `f64`, written for size.
//!
//! The standard library's float parsing and formatting carry about 25 KB (gzip) of tables and
//! code into a WebAssembly build. Relance needs three conversions, all exact:
//!
//! - [`parse`]: decimal text to the nearest `f64` (ties to even), as `str::parse::<f64>`;
//! - [`shortest`]: the shortest decimal text that reads back to the same `f64`, as `{}`;
//! - [`fixed`]: an `f64` rounded to a number of decimals (ties to even on the exact binary
//!   value), as `{:.N}`.
//!
//! Common inputs (up to 15 significant digits, powers of ten up to 10^22) take Clinger's fast
//! path, one correctly rounded multiplication or division. Everything else is done exactly with
//! a small big integer. The tests compare all three with the standard library.

use std::cmp::Ordering;

/// Unsigned big integer, little-endian 32-bit limbs, no high zero limbs.
#[derive(Clone, Debug, PartialEq)]
struct Big(Vec<u32>);

impl Big {
    fn from_u64(x: u64) -> Big {
        let mut b = Big(vec![x as u32, (x >> 32) as u32]);
        b.trim();
        b
    }

    fn trim(&mut self) {
        while self.0.last() == Some(&0) {
            self.0.pop();
        }
    }

    fn is_zero(&self) -> bool {
        self.0.is_empty()
    }

    /// `self = self * m + a`.
    fn mul_add(&mut self, m: u32, a: u32) {
        let mut carry = a as u64;
        for limb in &mut self.0 {
            let v = *limb as u64 * m as u64 + carry;
            *limb = v as u32;
            carry = v >> 32;
        }
        if carry > 0 {
            self.0.push(carry as u32);
        }
    }

    /// `self *= 5^k`.
    fn mul_pow5(&mut self, mut k: u32) {
        while k >= 13 {
            self.mul_add(1_220_703_125, 0);
            k -= 13;
        }
        if k > 0 {
            self.mul_add(5u32.pow(k), 0);
        }
    }

    fn shl(&mut self, bits: u32) {
        if self.is_zero() {
            return;
        }
        let (limbs, bits) = ((bits / 32) as usize, bits % 32);
        if bits > 0 {
            let mut carry = 0;
            for limb in &mut self.0 {
                let v = *limb;
                *limb = (v << bits) | carry;
                carry = v >> (32 - bits);
            }
            if carry > 0 {
                self.0.push(carry);
            }
        }
        self.0.splice(0..0, std::iter::repeat_n(0, limbs));
    }

    fn shr1(&mut self) {
        let mut carry = 0;
        for limb in self.0.iter_mut().rev() {
            let v = *limb;
            *limb = (v >> 1) | carry;
            carry = v << 31;
        }
        self.trim();
    }

    fn bits(&self) -> u32 {
        match self.0.last() {
            None => 0,
            Some(&top) => 32 * (self.0.len() as u32 - 1) + (32 - top.leading_zeros()),
        }
    }

    fn bit(&self, i: u32) -> bool {
        self.0
            .get((i / 32) as usize)
            .is_some_and(|l| (l >> (i % 32)) & 1 == 1)
    }

    fn cmp(&self, o: &Big) -> Ordering {
        self.0
            .len()
            .cmp(&o.0.len())
            .then_with(|| self.0.iter().rev().cmp(o.0.iter().rev()))
    }

    /// `self -= o`, with `self >= o`.
    fn sub(&mut self, o: &Big) {
        let mut borrow = 0i64;
        for (i, limb) in self.0.iter_mut().enumerate() {
            let v = *limb as i64 - o.0.get(i).copied().unwrap_or(0) as i64 - borrow;
            borrow = (v < 0) as i64;
            *limb = v.rem_euclid(1 << 32) as u32;
        }
        self.trim();
    }

    /// Divides by `d`, returning the remainder.
    fn div_rem(&mut self, d: u32) -> u32 {
        let mut rem = 0u64;
        for limb in self.0.iter_mut().rev() {
            let v = (rem << 32) | *limb as u64;
            *limb = (v / d as u64) as u32;
            rem = v % d as u64;
        }
        self.trim();
        rem as u32
    }

    /// Decimal digits (ASCII), most significant first; empty for zero.
    fn decimal(mut self) -> Vec<u8> {
        let mut chunks = Vec::new();
        while !self.is_zero() {
            chunks.push(self.div_rem(1_000_000_000));
        }
        let mut out = Vec::with_capacity(chunks.len() * 9);
        for (k, c) in chunks.iter().rev().enumerate() {
            let mut buf = [b'0'; 9];
            let mut c = *c;
            for d in buf.iter_mut().rev() {
                *d = b'0' + (c % 10) as u8;
                c /= 10;
            }
            let skip = if k == 0 {
                buf.iter().take_while(|&&d| d == b'0').count()
            } else {
                0
            };
            out.extend_from_slice(&buf[skip..]);
        }
        out
    }
}

/// Exactly representable powers of ten.
const POW10: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
];

/// Most significant digits kept; any `f64` or halfway point between two needs at most 767.
const MAX_DIGITS: usize = 800;

/// The `f64` nearest to `(q + f) * 2^e2`, where `0 <= f < 1` is nonzero iff `sticky`.
fn assemble(q: u64, e2: i32, sticky: bool) -> f64 {
    if q == 0 {
        return 0.0;
    }
    let b = 64 - q.leading_zeros() as i32;
    let shift = (b - 53).max(-1074 - e2);
    let (mut m, mut e) = if shift <= 0 {
        (q << -shift, e2 + shift)
    } else {
        let (m, rem, half) = if shift >= 64 {
            (0, q as u128, 1u128 << (shift.min(100) - 1))
        } else {
            (
                q >> shift,
                (q & ((1u64 << shift) - 1)) as u128,
                1u128 << (shift - 1),
            )
        };
        let up = rem > half || (rem == half && (sticky || m & 1 == 1));
        (m + up as u64, e2 + shift)
    };
    if m == 1 << 53 {
        m >>= 1;
        e += 1;
    }
    if m == 0 {
        return 0.0;
    }
    if m < 1 << 52 {
        // Subnormal: e is -1074.
        return f64::from_bits(m);
    }
    let biased = e + 52 + 1023;
    if biased >= 2047 {
        return f64::INFINITY;
    }
    f64::from_bits(((biased as u64) << 52) | (m & ((1 << 52) - 1)))
}

/// The `f64` nearest to `digits × 10^exp10` (`digits` ASCII, no leading zeros, at most
/// `MAX_DIGITS + 1`).
fn from_decimal(digits: &[u8], exp10: i64) -> f64 {
    if digits.is_empty() {
        return 0.0;
    }
    let n = digits.len() as i64;
    if n + exp10 > 310 {
        return f64::INFINITY;
    }
    if n + exp10 < -343 {
        return 0.0;
    }
    if n <= 15 && exp10.abs() <= 22 {
        let m = digits.iter().fold(0u64, |a, &d| a * 10 + (d - b'0') as u64) as f64;
        return if exp10 >= 0 {
            m * POW10[exp10 as usize]
        } else {
            m / POW10[(-exp10) as usize]
        };
    }
    let mut d = Big(Vec::new());
    for &c in digits {
        d.mul_add(10, (c - b'0') as u32);
    }
    if exp10 >= 0 {
        d.mul_pow5(exp10 as u32);
        let bits = d.bits() as i32;
        let low = (bits - 64).max(0);
        let mut q = 0u64;
        for i in (low..bits).rev() {
            q = (q << 1) | d.bit(i as u32) as u64;
        }
        let sticky = (0..low).any(|i| d.bit(i as u32));
        return assemble(q, low + exp10 as i32, sticky);
    }
    // digits / 10^k = (digits · 2^s) / (5^k · 2^(k+s)): a quotient of 56 to 58 bits.
    let k = (-exp10) as u32;
    let mut p = Big::from_u64(1);
    p.mul_pow5(k);
    let s = p.bits() as i32 - d.bits() as i32 + 57;
    if s > 0 {
        d.shl(s as u32);
    } else {
        p.shl((-s) as u32);
    }
    let mut q = 0u64;
    p.shl(58);
    for i in (0..=58).rev() {
        if d.cmp(&p) != Ordering::Less {
            d.sub(&p);
            q |= 1 << i;
        }
        p.shr1();
    }
    assemble(q, -(k as i32) - s, !d.is_zero())
}

/// Reads a decimal number as `str::parse::<f64>` does (optional sign, digits with at most one
/// point, optional exponent), except that `inf` and `NaN` are refused: `None` when `s` is not
/// such a number. Out-of-range magnitudes give infinity or zero, as the standard library does.
pub fn parse(s: &str) -> Option<f64> {
    let b = s.as_bytes();
    let mut i = 0;
    let negative = match b.first() {
        Some(b'-') => {
            i = 1;
            true
        }
        Some(b'+') => {
            i = 1;
            false
        }
        _ => false,
    };
    let mut digits = Vec::new();
    let mut exp10: i64 = 0;
    let (mut seen_digit, mut seen_point, mut dropped_nonzero) = (false, false, false);
    while i < b.len() {
        match b[i] {
            c @ b'0'..=b'9' => {
                seen_digit = true;
                if seen_point {
                    exp10 -= 1;
                }
                if digits.len() < MAX_DIGITS {
                    if !(c == b'0' && digits.is_empty()) {
                        digits.push(c);
                    }
                } else {
                    exp10 += 1;
                    dropped_nonzero |= c != b'0';
                }
            }
            b'.' if !seen_point => seen_point = true,
            _ => break,
        }
        i += 1;
    }
    if !seen_digit {
        return None;
    }
    if i < b.len() {
        if b[i] != b'e' && b[i] != b'E' {
            return None;
        }
        i += 1;
        let neg_exp = match b.get(i) {
            Some(b'-') => {
                i += 1;
                true
            }
            Some(b'+') => {
                i += 1;
                false
            }
            _ => false,
        };
        if i == b.len() {
            return None;
        }
        let mut e: i64 = 0;
        for &c in &b[i..] {
            if !c.is_ascii_digit() {
                return None;
            }
            e = (e * 10 + (c - b'0') as i64).min(1 << 40);
        }
        exp10 += if neg_exp { -e } else { e };
    }
    // Trailing zeros belong in the exponent.
    while digits.last() == Some(&b'0') {
        digits.pop();
        exp10 += 1;
    }
    if dropped_nonzero {
        // Stands for every digit dropped: strictly between the truncated value and the next.
        digits.push(b'1');
        exp10 -= 1;
    }
    let v = from_decimal(&digits, exp10);
    Some(if negative { -v } else { v })
}

/// The exact value of a finite, nonzero `|x|` as `digits × 10^exp10`.
fn exact(x: f64) -> (Vec<u8>, i64) {
    let bits = x.abs().to_bits();
    let (mut m, mut e) = match (bits >> 52) as i32 {
        0 => (bits, -1074),
        be => ((bits & ((1 << 52) - 1)) | (1 << 52), be - 1075),
    };
    let tz = m.trailing_zeros() as i32;
    m >>= tz;
    e += tz;
    let mut n = Big::from_u64(m);
    if e >= 0 {
        n.shl(e as u32);
        (n.decimal(), 0)
    } else {
        n.mul_pow5((-e) as u32);
        (n.decimal(), e as i64)
    }
}

/// `digits` with the last `drop` removed, rounded to nearest, ties to even or up; the digit
/// count may grow by one on carry (`99.6` → `100`).
fn round_digits(digits: &[u8], drop: usize, ties_even: bool) -> Vec<u8> {
    if drop == 0 {
        return digits.to_vec();
    }
    if drop > digits.len() {
        return Vec::new();
    }
    let keep = digits.len() - drop;
    let mut out = digits[..keep].to_vec();
    let first = digits[keep];
    let rest_zero = digits[keep + 1..].iter().all(|&d| d == b'0');
    let last_odd = !ties_even || out.last().is_some_and(|d| (d - b'0') % 2 == 1);
    if first > b'5' || (first == b'5' && (!rest_zero || last_odd)) {
        increment(&mut out);
    }
    out
}

/// Adds one in the last place of `digits` (`199` → `200`, `99` → `100`).
fn increment(digits: &mut Vec<u8>) {
    for d in digits.iter_mut().rev() {
        if *d == b'9' {
            *d = b'0';
        } else {
            *d += 1;
            return;
        }
    }
    digits.insert(0, b'1');
}

/// The start shared by [`shortest`] and [`fixed`]: `Err` with the whole text for NaN and the
/// infinities, else `Ok` with the sign (`-` for negative numbers, `-0.0` included).
fn sign_or_special(x: f64) -> Result<String, String> {
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x.is_nan() {
        Err("NaN".into())
    } else if x.is_infinite() {
        Err(format!("{sign}inf"))
    } else {
        Ok(sign.into())
    }
}

/// `digits × 10^exp10` written plainly (no exponent); `digits` has no leading zero.
fn plain(out: &mut String, digits: &[u8], exp10: i64) {
    let n = digits.len() as i64;
    let s = |d: &[u8]| String::from_utf8_lossy(d).into_owned();
    if digits.is_empty() {
        out.push('0');
    } else if exp10 >= 0 {
        out.push_str(&s(digits));
        out.extend(std::iter::repeat_n('0', exp10 as usize));
    } else if n + exp10 > 0 {
        let point = (n + exp10) as usize;
        out.push_str(&s(&digits[..point]));
        out.push('.');
        out.push_str(&s(&digits[point..]));
    } else {
        out.push_str("0.");
        out.extend(std::iter::repeat_n('0', (-(n + exp10)) as usize));
        out.push_str(&s(digits));
    }
}

/// The shortest decimal text that [`parse`] reads back to exactly `x`, written without an
/// exponent, as `format!("{x}")` writes it (`0.1`, `350`, `-0`, `NaN`, `inf`).
pub fn shortest(x: f64) -> String {
    let mut out = match sign_or_special(x) {
        Ok(sign) => sign,
        Err(text) => return text,
    };
    // Whole numbers below 2^53 (most amounts) are their own shortest text.
    if x.fract() == 0.0 && x.abs() < 9_007_199_254_740_992.0 {
        out.push_str(&(x.abs() as u64).to_string());
        return out;
    }
    let (digits, exp10) = exact(x);
    let a = x.abs();
    for p in 1..=digits.len() {
        let drop = digits.len() - p;
        let nearest = round_digits(&digits, drop, false);
        let mut candidates = vec![nearest.clone()];
        // Near a power of two the interval that reads back is lopsided: the p-digit number on
        // the other side of x may read back when the nearest does not.
        let mut other = digits[..p].to_vec();
        if nearest == other && drop > 0 {
            increment(&mut other);
        }
        if other != nearest {
            candidates.push(other);
        }
        for c in candidates {
            let e = exp10 + drop as i64;
            let mut trimmed = c.as_slice();
            let mut e2 = e;
            while trimmed.last() == Some(&b'0') {
                trimmed = &trimmed[..trimmed.len() - 1];
                e2 += 1;
            }
            if from_decimal(trimmed, e2) == a {
                plain(&mut out, trimmed, e2);
                return out;
            }
        }
    }
    plain(&mut out, &digits, exp10);
    out
}

/// `x` rounded to `decimals` decimals (ties to even on the exact value), as
/// `format!("{x:.decimals$}")` writes it (`-0.0` keeps its sign; `NaN`, `inf`).
pub fn fixed(x: f64, decimals: usize) -> String {
    let mut out = match sign_or_special(x) {
        Ok(sign) => sign,
        Err(text) => return text,
    };
    let (digits, exp10) = if x == 0.0 { (Vec::new(), 0) } else { exact(x) };
    // Integer of x · 10^decimals, rounded.
    let scaled = exp10 + decimals as i64;
    let mut int = if scaled >= 0 {
        let mut d = digits;
        d.extend(std::iter::repeat_n(b'0', scaled as usize));
        d
    } else {
        let drop = (-scaled) as usize;
        if drop > digits.len() {
            Vec::new()
        } else {
            round_digits(&digits, drop, true)
        }
    };
    if int.len() <= decimals {
        let mut padded = vec![b'0'; decimals + 1 - int.len()];
        padded.append(&mut int);
        int = padded;
    }
    let point = int.len() - decimals;
    out.push_str(&String::from_utf8_lossy(&int[..point]));
    if decimals > 0 {
        out.push('.');
        out.push_str(&String::from_utf8_lossy(&int[point..]));
    }
    out
}

/// `x` limited to `lo..=hi` (NaN stays NaN). Not `f64::clamp`: its panic message formats
/// floats, which would bring the standard float formatting back into the Wasm build.
#[allow(clippy::manual_clamp)]
pub fn clamp(x: f64, lo: f64, hi: f64) -> f64 {
    x.max(lo).min(hi)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn same_parse(s: &str) {
        let ours = parse(s);
        let std = s.parse::<f64>().ok().filter(|v| !v.is_nan());
        let std = match (std, s.to_ascii_lowercase().contains("inf")) {
            (Some(_), true) => None,
            (v, _) => v,
        };
        assert_eq!(
            ours.map(f64::to_bits),
            std.map(f64::to_bits),
            "parse({s:?}): {ours:?} vs {std:?}"
        );
    }

    #[test]
    fn parses_like_the_standard_library() {
        for s in [
            "0",
            "-0",
            "+0",
            "1",
            "1.",
            ".5",
            "-.5",
            "0.1",
            "0.3",
            "12.5",
            "350",
            "1e3",
            "1E-3",
            "1e+3",
            "2.5e-3",
            "9007199254740993",
            "9007199254740992.5",
            "1e22",
            "1e23",
            "1e308",
            "1.7976931348623157e308",
            "1.7976931348623158e308",
            "1.8e308",
            "1e400",
            "5e-324",
            "2.4703282292062327e-324",
            "2.4703282292062328e-324",
            "2.2250738585072011e-308",
            "2.2250738585072014e-308",
            "4.9406564584124654e-324",
            "1e-400",
            "0.000001",
            "808888888888888888880",
            "123456789012345678901234567890",
            "3.14159265358979323846",
            "",
            "-",
            "+",
            ".",
            "e5",
            "1e",
            "1e+",
            "1.2.3",
            "1-2",
            "--1",
            "1e5.5",
            "inf",
            "NaN",
            "infinity",
            "0x10",
            " 1",
            "1 ",
            "00012",
            "000.000",
            "1_0",
        ] {
            same_parse(s);
        }
        // A halfway point followed by many digits: the dropped tail decides.
        let halfway = format!("9007199254740993{}", "0".repeat(900));
        same_parse(&halfway);
        same_parse(&format!("{halfway}1"));
        same_parse(&format!("0.{}1", "0".repeat(1000)));
    }

    #[test]
    fn formats_like_the_standard_library() {
        for x in [
            0.0,
            -0.0,
            0.1,
            0.3,
            1.0,
            100.0,
            12.5,
            -12.5,
            1e21,
            1e22,
            1e-7,
            5e-324,
            f64::MAX,
            f64::MIN_POSITIVE,
            2f64.powi(-1022) * 3.0,
            808888888888888888880.0,
            9007199254740993.0,
            1.0 / 3.0,
            2f64.powi(60),
            2f64.powi(-60),
            f64::NAN,
            f64::INFINITY,
            f64::NEG_INFINITY,
        ] {
            assert_eq!(shortest(x), format!("{x}"), "shortest({x:e})");
            for d in 0..6 {
                assert_eq!(fixed(x, d), format!("{x:.d$}"), "fixed({x:e}, {d})");
            }
        }
        for (x, d) in [
            (0.25, 1),
            (0.35, 1),
            (2.5, 0),
            (3.5, 0),
            (0.125, 2),
            (1.005, 2),
        ] {
            assert_eq!(fixed(x, d), format!("{x:.d$}"), "fixed({x}, {d})");
        }
        // Every power of two: the lopsided intervals.
        for k in -1074..=1023 {
            let x = 2f64.powi(k);
            assert_eq!(shortest(x), format!("{x}"), "2^{k}");
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(4000))]

        #[test]
        fn any_bits_format_and_read_back(bits in any::<u64>()) {
            let x = f64::from_bits(bits);
            let s = shortest(x);
            prop_assert_eq!(&s, &format!("{x}"));
            if x.is_finite() {
                prop_assert_eq!(parse(&s).map(f64::to_bits), Some(bits));
            }
        }

        #[test]
        fn everyday_numbers_round_like_the_standard_library(
            x in -1e7f64..1e7, d in 0usize..4,
        ) {
            prop_assert_eq!(fixed(x, d), format!("{x:.d$}"));
            prop_assert_eq!(shortest(x), format!("{x}"));
        }

        #[test]
        fn decimal_texts_parse_like_the_standard_library(
            int in "[0-9]{0,30}", frac in proptest::option::of("[0-9]{0,30}"),
            exp in proptest::option::of(-400i32..400), neg in any::<bool>(),
        ) {
            let mut s = String::new();
            if neg { s.push('-'); }
            s.push_str(&int);
            if let Some(f) = frac { s.push('.'); s.push_str(&f); }
            if let Some(e) = exp { s.push_str(&format!("e{e}")); }
            same_parse(&s);
        }

        #[test]
        fn arbitrary_texts_parse_like_the_standard_library(s in "[-+.eE0-9]{0,12}") {
            same_parse(&s);
        }

        #[test]
        fn rounding_of_any_float_matches(
            mantissa in any::<u64>(), biased in 0u64..1120, d in 0usize..20,
        ) {
            // Every magnitude below 2^97, subnormals included.
            let x = f64::from_bits((mantissa & !(0x7FF << 52)) | (biased << 52));
            prop_assert_eq!(fixed(x, d), format!("{x:.d$}"));
        }
    }
}
