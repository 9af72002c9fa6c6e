fn main() {
    yew::Renderer::<relance::App>::new().render();
}
