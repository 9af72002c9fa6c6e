//! Native benchmark of the model: `cargo run --profile bench-native -p relance-model --example bench`.
use relance_model::Model;
use std::time::Instant;

fn main() {
    let model = Model::embedded().expect("embedded model");
    let start = Instant::now();
    let now = move || start.elapsed().as_secs_f64() * 1000.0;
    let r = relance_model::bench::run(&model, &now);
    println!("{}", serde_json::to_string(&r).expect("json"));
}
