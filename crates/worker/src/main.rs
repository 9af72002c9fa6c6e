//! The worker's entry point: registers [`relance_worker::Compute`] in the worker's scope.

fn main() {
    #[cfg(target_arch = "wasm32")]
    {
        use gloo_worker::Registrable;
        relance_worker::Compute::registrar().register();
    }
}
