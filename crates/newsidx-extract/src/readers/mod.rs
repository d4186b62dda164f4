//! Format readers: each turns one format's text into a [`Page`](crate::page::Page) — lines for
//! the text rules and the fields the format states outright. They sit above the rules and may
//! use their leaves (dates, bylines, datelines); no rule imports a reader.

pub(crate) mod databases;
pub(crate) mod delimited;
pub(crate) mod docx;
pub(crate) mod fields;
pub(crate) mod html;
pub(crate) mod json;
pub(crate) mod mail;
pub(crate) mod markdown;
pub(crate) mod rtf;
