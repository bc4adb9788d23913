//! Configuration of the runtime's pallets, one module per domain.

mod consensus;
mod currency;
mod governance;
mod provenance;
mod system;

pub use consensus::*;
pub use currency::*;
pub use governance::*;
pub use system::*;
