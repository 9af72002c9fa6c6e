//! Relance, the app.
