//! ISIN (ISO 6166) validation: two capital letters of country, nine capital letters or digits,
//! and a check digit computed with the Luhn algorithm over the digits the first eleven
//! characters expand to (`A` = 10 … `Z` = 35).

/// Whether `isin` is well formed and its check digit is right.
pub fn is_valid(isin: &[u8; 12]) -> bool {
	let (body, check) = isin.split_at(11);
	let country_ok = body.iter().take(2).all(u8::is_ascii_uppercase);
	let body_ok = body.iter().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit());
	match check {
		[digit] if country_ok && body_ok && digit.is_ascii_digit() => {
			check_digit(body) == digit - b'0'
		},
		_ => false,
	}
}

/// The Luhn check digit of the ISIN body (eleven letters or digits).
fn check_digit(body: &[u8]) -> u8 {
	// Expand letters to two digits, keep at most 22 digits, most significant first.
	let mut digits = [0u8; 22];
	let mut len = 0;
	for &c in body {
		let value = if c.is_ascii_digit() { c - b'0' } else { c - b'A' + 10 };
		if value >= 10 {
			if let Some(slot) = digits.get_mut(len) {
				*slot = value / 10;
			}
			len += 1;
		}
		if let Some(slot) = digits.get_mut(len) {
			*slot = value % 10;
		}
		len += 1;
	}
	// From the rightmost digit of the body, every other digit (the rightmost first) is doubled.
	let sum: u32 = digits
		.iter()
		.take(len)
		.rev()
		.enumerate()
		.map(|(position, &digit)| {
			let digit = u32::from(digit);
			if position % 2 == 0 {
				let doubled = digit * 2;
				doubled / 10 + doubled % 10
			} else {
				digit
			}
		})
		.sum();
	((10 - sum % 10) % 10) as u8
}

#[cfg(test)]
mod tests {
	use super::is_valid;

	fn isin(text: &str) -> [u8; 12] {
		text.as_bytes().try_into().expect("12 characters")
	}

	#[test]
	fn published_isins_pass() {
		for good in ["US0378331005", "AU0000XVGZA3", "GB0002634946", "US5949181045", "DE0007164600"]
		{
			assert!(is_valid(&isin(good)), "{good}");
		}
	}

	#[test]
	fn a_wrong_check_digit_a_swap_or_a_bad_character_fails() {
		assert!(!is_valid(&isin("US0378331004")), "check digit off by one");
		assert!(!is_valid(&isin("US0378331050")), "two digits swapped");
		assert!(!is_valid(&isin("us0378331005")), "lower-case country");
		assert!(!is_valid(&isin("120378331005")), "digits for a country");
		assert!(!is_valid(&isin("US03783310-5")), "a dash");
		assert!(!is_valid(&isin("US037833100X")), "a letter as check digit");
	}
}
