//! Creates a register with N incidents (every fifth a personal-data breach) for `make bench-app`.
//! Usage: seed <register path> <passphrase> <count>

use std::path::PathBuf;

use breachlog_core::register::{AssessmentInput, IncidentInput, InitOptions, OrgInput};
use breachlog_core::{Register, Ts};
use zeroize::Zeroizing;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let (Some(path), Some(pass), Some(count)) = (args.next(), args.next(), args.next()) else {
        return Err("usage: seed <register path> <passphrase> <count>".into());
    };
    let count: u32 = count.parse()?;
    let org = OrgInput {
        name: Some("Bench BV".into()),
        timezone: Some("Europe/Amsterdam".into()),
        ..Default::default()
    };
    let opts = InitOptions {
        org,
        passphrase: Some(Zeroizing::new(pass)),
        keyring: false,
        actor: "bench".into(),
    };
    let (mut reg, _recovery) = Register::init(&PathBuf::from(path), opts)?;
    let now = Ts::now();
    for i in 0..count {
        let detected = now.plus_hours(-i64::from(i % 2000) - 1).to_string();
        let input = IncidentInput {
            title: Some(format!(
                "Incident {i:05}: {}",
                [
                    "phishing mail",
                    "lost laptop",
                    "misdirected email",
                    "malware alert"
                ][i as usize % 4]
            )),
            detected_at: Some(detected.clone()),
            ..Default::default()
        };
        let inc = reg.create_incident(&input)?;
        if i % 5 == 0 {
            let a = AssessmentInput {
                personal_data: Some("yes".into()),
                aware_at: Some(detected),
                ..Default::default()
            };
            reg.assess(inc.id, &a)?;
        }
    }
    reg.lock("seed")?;
    Ok(())
}
