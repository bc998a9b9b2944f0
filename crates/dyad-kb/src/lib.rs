//! dyad's knowledge base.
pub mod data;
