use relance_model::montecarlo::quantile;
use relance_model::{Model, Outcome};
fn main() {
    let m = Model::embedded().unwrap();
    let n: usize = std::env::args()
        .nth(1)
        .map_or(10_000, |a| a.parse().unwrap());
    for pr in &m.presets {
        let p = m.project(&pr.scenario).unwrap();
        let d = m.draws(&pr.scenario, None, n, 42).unwrap();
        for &o in Outcome::ALL
            .iter()
            .filter(|o| o.kind() == relance_model::Kind::Effect)
        {
            let v = d.headlines(o);
            let c = p.headline(o);
            let q = |x| quantile(&v, x);
            let (p10, p40, p50, p60, p90) = (q(0.1), q(0.4), q(0.5), q(0.6), q(0.9));
            let gap = if p50.abs() > 1e-9 { c / p50 - 1.0 } else { 0.0 };
            let rank = v.iter().filter(|&&x| x < c).count() as f64 / n as f64;
            println!("{:16} {:20} c {:>10.1} p50 {:>10.1} gap {:>6.1}% rank {:.2} [{:.1} {:.1} | {:.1} {:.1}] {}", pr.id, o.id(), c, p50, gap*100.0, rank, p10, p40, p60, p90, if gap.abs()>0.03 {"<<"} else {""});
        }
    }
}
