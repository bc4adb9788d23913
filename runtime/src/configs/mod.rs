//! Configuration of the runtime's pallets, one module per domain.

mod accounts;
mod assets;
mod consensus;
mod currency;
mod governance;
mod notary;
mod provenance;
mod system;

pub use accounts::*;
pub use assets::*;
pub use consensus::*;
pub use currency::*;
pub use governance::*;
pub use system::*;
