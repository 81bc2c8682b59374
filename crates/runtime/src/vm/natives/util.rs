//! `java.util` natives: the platform's time zone for `TimeZone`.

use super::super::{JResult, Vm};
use super::Natives;

const TIME_ZONE: &str = "java/util/TimeZone";

/// Registers the `java.util` natives.
pub fn register(n: &mut Natives) {
    n.register(TIME_ZONE, "getSystemTimeZoneID", "(Ljava/lang/String;)Ljava/lang/String;", |vm, _| {
        match system_time_zone_id() {
            Some(id) => Ok(Some(vm.java_string(&id)?.to_slot())),
            None => Ok(Some(0)),
        }
    });
    n.register(TIME_ZONE, "getSystemGMTOffsetID", "()Ljava/lang/String;", gmt_offset_id);
}

/// The platform's zone ID as `TimeZone_md.c` finds it on Linux: `$TZ`
/// (without a leading `:` or `posix/`), else the zone a symbolic link
/// `/etc/localtime` names (the part after `zoneinfo/`); `None` when neither
/// says (Java then uses GMT).
fn system_time_zone_id() -> Option<String> {
    let tz = match std::env::var("TZ") {
        Ok(tz) if !tz.is_empty() => tz,
        _ => {
            let link = std::fs::read_link("/etc/localtime").ok()?;
            let link = link.to_string_lossy().into_owned();
            let at = link.find("zoneinfo/")?;
            link[at + "zoneinfo/".len()..].to_string()
        }
    };
    let tz = tz.strip_prefix(':').unwrap_or(&tz);
    Some(tz.strip_prefix("posix/").unwrap_or(tz).to_string())
}

/// `TimeZone.getSystemGMTOffsetID`: `GMT+hh:mm` for the local offset now.
fn gmt_offset_id(vm: &mut Vm, _: &[u64]) -> JResult<Option<u64>> {
    // SAFETY: `time` with a null pointer only returns the time; `localtime_r`
    // writes the broken-down time into `tm`, a valid, owned struct.
    let offset = unsafe {
        let now = libc::time(std::ptr::null_mut());
        let mut tm: libc::tm = std::mem::zeroed();
        if libc::localtime_r(&now, &mut tm).is_null() {
            None
        } else {
            Some(tm.tm_gmtoff)
        }
    };
    let id = match offset {
        None => "GMT".to_string(),
        Some(seconds) => {
            let sign = if seconds < 0 { '-' } else { '+' };
            let minutes = seconds.abs() / 60;
            format!("GMT{sign}{:02}:{:02}", minutes / 60, minutes % 60)
        }
    };
    Ok(Some(vm.java_string(&id)?.to_slot()))
}
