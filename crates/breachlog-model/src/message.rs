//! Messages: a Fluent id with its arguments. Errors, problems and reasons of every layer say
//! what they mean as a [`Message`] ([`Localize`]); [`crate::i18n::Localizer`] renders any message
//! in a language and knows no error type.

use std::borrow::Cow;

/// A Fluent id with its arguments.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub id: Cow<'static, str>,
    pub args: Vec<(&'static str, Arg)>,
}

impl Message {
    pub fn new(id: impl Into<Cow<'static, str>>) -> Message {
        Message {
            id: id.into(),
            args: Vec::new(),
        }
    }

    pub fn with(id: impl Into<Cow<'static, str>>, args: Vec<(&'static str, Arg)>) -> Message {
        Message {
            id: id.into(),
            args,
        }
    }

    /// Adds an argument.
    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Message {
        self.args.push((name, value.into()));
        self
    }
}

/// Anything that can say what it means as a message.
pub trait Localize {
    fn message(&self) -> Message;
}

/// A message argument: text as it is, or a number. Numbers choose plural variants
/// (`{ $count -> [one] … *[other] … }`, CLDR rules of the language) and are shown with the
/// language's digit grouping; a count passed as text always takes the `*[other]` variant.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Arg {
    Text(String),
    Number(i64),
    /// A field name, shown as its label (`field-<name>`).
    Field(&'static str),
    /// A message id without arguments, shown in the language (a status name, an entity).
    Id(String),
    /// A nested message (a reason inside an error).
    Msg(Box<Message>),
    /// Several arguments, shown joined by ", ".
    List(Vec<Arg>),
}

impl From<Message> for Arg {
    fn from(m: Message) -> Self {
        Arg::Msg(Box::new(m))
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Text(s)
    }
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Text(s.to_string())
    }
}

impl From<i64> for Arg {
    fn from(n: i64) -> Self {
        Arg::Number(n)
    }
}

impl From<u32> for Arg {
    fn from(n: u32) -> Self {
        Arg::Number(i64::from(n))
    }
}

impl From<u64> for Arg {
    fn from(n: u64) -> Self {
        Arg::Number(i64::try_from(n).unwrap_or(i64::MAX))
    }
}

impl From<usize> for Arg {
    fn from(n: usize) -> Self {
        Arg::Number(i64::try_from(n).unwrap_or(i64::MAX))
    }
}
