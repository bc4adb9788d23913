//! Turns Nagle's algorithm off on the JSON-RPC server's connections.
//!
//! sc-rpc-server accepts its connections itself and never sets `TCP_NODELAY` on them. Every
//! answer larger than the 8 KiB write buffer goes out in two writes; Nagle holds the second until
//! the client acknowledges the first, and the client delays that acknowledgement by its 40 ms
//! timer. A `notary_prove` answer (≈ 8 KB of JSON) took ~44 ms where its work takes ~0.4 ms.
//!
//! The server's listening sockets are not handed out, so the node finds them among its own file
//! descriptors once the server is up: it takes a duplicate of each through `pidfd_getfd` (a new
//! descriptor of the same socket, so no raw descriptor is borrowed), checks that the duplicate is
//! a listening TCP socket on one of the RPC addresses, and sets `TCP_NODELAY` on it. Linux copies
//! the option from a listening socket to every connection it accepts. Elsewhere (and on a kernel
//! older than 5.6) the node logs that it could not, and serves as before.

use sc_network::{multiaddr::Protocol, Multiaddr};
use std::net::{IpAddr, SocketAddr};

const LOG_TARGET: &str = "rpc";

/// The TCP addresses among the RPC server's listen addresses.
fn socket_addrs(listen: &[Multiaddr]) -> Vec<SocketAddr> {
	listen
		.iter()
		.filter_map(|address| {
			let mut ip = None;
			let mut port = None;
			for protocol in address.iter() {
				match protocol {
					Protocol::Ip4(v4) => ip = Some(IpAddr::V4(v4)),
					Protocol::Ip6(v6) => ip = Some(IpAddr::V6(v6)),
					Protocol::Tcp(p) => port = Some(p),
					_ => {},
				}
			}
			Some(SocketAddr::new(ip?, port?))
		})
		.collect()
}

/// Sets `TCP_NODELAY` on the listening sockets of the RPC server that listens on `listen`, so
/// that every connection it accepts from now on sends its answers without waiting.
pub fn disable_nagle(listen: &[Multiaddr]) {
	let wanted = socket_addrs(listen);
	if wanted.is_empty() {
		return;
	}
	match set_on_listeners(&wanted) {
		Ok(done) if done.len() == wanted.len() => log::info!(
			target: LOG_TARGET,
			"RPC answers leave without Nagle's delay (TCP_NODELAY) on {}",
			done.iter().map(ToString::to_string).collect::<Vec<_>>().join(", "),
		),
		Ok(done) => log::warn!(
			target: LOG_TARGET,
			"TCP_NODELAY set on the RPC listeners {done:?} but not on the others of {wanted:?}: \
			 their answers over 8 KiB may wait ~40 ms",
		),
		Err(e) => log::warn!(
			target: LOG_TARGET,
			"could not set TCP_NODELAY on the RPC listeners ({e}): answers over 8 KiB may wait \
			 ~40 ms",
		),
	}
}

#[cfg(target_os = "linux")]
fn set_on_listeners(wanted: &[SocketAddr]) -> std::io::Result<Vec<SocketAddr>> {
	use rustix::{
		net::sockopt,
		process::{getpid, pidfd_getfd, pidfd_open, PidfdFlags, PidfdGetfdFlags},
	};

	let this_process = pidfd_open(getpid(), PidfdFlags::empty())?;
	let mut done = Vec::new();
	for entry in std::fs::read_dir("/proc/self/fd")? {
		let Some(number) = entry?.file_name().to_str().and_then(|name| name.parse().ok()) else {
			continue;
		};
		// The descriptor may have been closed or reused since the directory was read: whatever
		// the duplicate is, it is checked before anything is set on it.
		let Ok(socket) = pidfd_getfd(&this_process, number, PidfdGetfdFlags::empty()) else {
			continue;
		};
		let Ok(true) = sockopt::socket_acceptconn(&socket) else { continue };
		let Some(local) = rustix::net::getsockname(&socket)
			.ok()
			.and_then(|address| SocketAddr::try_from(address).ok())
		else {
			continue;
		};
		if wanted.contains(&local) && !done.contains(&local) {
			sockopt::set_tcp_nodelay(&socket, true)?;
			done.push(local);
		}
	}
	Ok(done)
}

#[cfg(not(target_os = "linux"))]
fn set_on_listeners(_wanted: &[SocketAddr]) -> std::io::Result<Vec<SocketAddr>> {
	Err(std::io::Error::new(
		std::io::ErrorKind::Unsupported,
		"the node finds its RPC listeners only on Linux",
	))
}

#[cfg(all(test, target_os = "linux"))]
mod tests {
	use super::*;
	use std::net::{Ipv4Addr, TcpListener, TcpStream};

	#[test]
	fn a_listener_found_among_the_descriptors_passes_nodelay_to_its_connections() {
		let listener = TcpListener::bind((Ipv4Addr::LOCALHOST, 0)).unwrap();
		let other = TcpListener::bind((Ipv4Addr::LOCALHOST, 0)).unwrap();
		let address = listener.local_addr().unwrap();
		let multiaddr: Multiaddr =
			format!("/ip4/127.0.0.1/tcp/{}", address.port()).parse().unwrap();
		assert_eq!(socket_addrs(&[multiaddr]), vec![address]);

		assert_eq!(set_on_listeners(&[address]).unwrap(), vec![address]);

		let _client = TcpStream::connect(address).unwrap();
		let (accepted, _) = listener.accept().unwrap();
		assert!(accepted.nodelay().unwrap(), "the accepted connection inherits TCP_NODELAY");
		let _client = TcpStream::connect(other.local_addr().unwrap()).unwrap();
		let (untouched, _) = other.accept().unwrap();
		assert!(!untouched.nodelay().unwrap(), "a listener on another address is left alone");
	}
}
