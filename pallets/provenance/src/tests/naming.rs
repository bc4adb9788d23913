//! What a Polkadot.js user reads: names in metadata, not bit flags.

use crate::{mock::Test, types::*, Error, Event};
use scale_info::{TypeDef, TypeInfo};

/// The variants of an enum (none for anything else, which the assertions below then catch).
fn variants<T: TypeInfo + 'static>() -> Vec<scale_info::Variant<scale_info::form::MetaForm>> {
	match T::type_info().type_def {
		TypeDef::Variant(variants) => variants.variants,
		_ => Vec::new(),
	}
}

fn variant_names<T: TypeInfo + 'static>() -> Vec<&'static str> {
	variants::<T>().iter().map(|v| v.name).collect()
}

fn field_names<T: TypeInfo + 'static>() -> Vec<&'static str> {
	match T::type_info().type_def {
		TypeDef::Composite(composite) => {
			composite.fields.iter().filter_map(|field| field.name).collect()
		},
		_ => Vec::new(),
	}
}

#[test]
fn errors_and_events_do_not_share_names() {
	let errors = variant_names::<Error<Test>>();
	let events = variant_names::<Event<Test>>();
	assert!(!errors.is_empty() && !events.is_empty());
	let shared: Vec<_> = errors.iter().filter(|name| events.contains(name)).collect();
	assert!(shared.is_empty(), "shared names: {shared:?}");
}

#[test]
fn no_event_field_is_a_reserved_word_of_javascript() {
	let reserved = ["new", "class", "function", "default", "delete", "in", "for", "var"];
	let events = variants::<Event<Test>>();
	assert!(!events.is_empty());
	for variant in events {
		for field in variant.fields {
			let name = field.name.unwrap_or_default();
			assert!(!name.is_empty(), "{}: an unnamed field", variant.name);
			assert!(!reserved.contains(&name), "{}.{name}", variant.name);
		}
	}
}

#[test]
fn roles_and_schemes_are_named_flags() {
	assert_eq!(field_names::<Roles>(), vec!["operator", "auditor"]);
	assert_eq!(field_names::<Schemes>(), vec!["rmap", "kp", "itsci", "lbma", "rjc", "audit"]);
	// And in genesis JSON, as in clients.
	assert_eq!(
		serde_json::to_string(&(Roles::OPERATOR, CountryCode(*b"CD"))).expect("serializes"),
		r#"[{"operator":true,"auditor":false},"CD"]"#
	);
	assert!(serde_json::from_str::<CountryCode>(r#""cd""#).is_err());
	assert!(serde_json::from_str::<CountryCode>(r#""COD""#).is_err());
	assert!(
		serde_json::from_str::<Roles>(r#"{"operator":true,"auditor":false,"god":true}"#).is_err()
	);
}
