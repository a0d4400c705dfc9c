//! The chart options as JSON, written by a serializer that cannot fail. charming's option types derive
//! `Serialize`; through `serde_json::to_string` every field of every type becomes a call, an error check and an
//! error path (~1,000 fields, one 69 KB function of the wasm). Here the error type has no values, so the compiler
//! drops every check and every path. The output is serde_json's compact JSON, byte for byte: numbers and strings
//! are written by serde_json itself (a test compares the two on every chart).

use serde::ser::{self, Serialize};

/// `value` as compact JSON, the same text as `serde_json::to_string` for every value whose serialization cannot
/// fail (charming's options: string map keys, no custom errors).
pub fn to_json<T: Serialize + ?Sized>(value: &T) -> String {
    let mut out = Json(Vec::with_capacity(4096));
    match value.serialize(&mut out) {
        Ok(()) => String::from_utf8(out.0).unwrap_or_default(),
        Err(never) => match never {},
    }
}

/// The error of a serialization that cannot fail.
#[derive(Debug)]
pub enum Never {}

impl std::fmt::Display for Never {
    fn fmt(&self, _: &mut std::fmt::Formatter) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Never {}

impl ser::Error for Never {
    /// Only a `Serialize` impl that fails calls this, and none of what the page serializes does.
    fn custom<T: std::fmt::Display>(msg: T) -> Never {
        panic!("chart options cannot be serialized: {msg}")
    }
}

pub struct Json(Vec<u8>);

impl Json {
    /// A number or a string, as serde_json writes it (one copy of its writer per type, out of line).
    fn scalar<T: Serialize + ?Sized>(&mut self, v: &T) {
        let _ = serde_json::to_writer(&mut self.0, v);
    }

    fn open(&mut self, c: u8) -> Compound<'_> {
        self.0.push(c);
        Compound { ser: self, first: true }
    }

    /// `{"variant":` before a variant's contents.
    fn variant(&mut self, variant: &str) {
        self.0.push(b'{');
        self.scalar(variant);
        self.0.push(b':');
    }
}

pub struct Compound<'a> {
    ser: &'a mut Json,
    first: bool,
}

impl Compound<'_> {
    fn comma(&mut self) {
        if !self.first {
            self.ser.0.push(b',');
        }
        self.first = false;
    }

    fn element<T: Serialize + ?Sized>(&mut self, v: &T) -> Result<(), Never> {
        self.comma();
        v.serialize(&mut *self.ser)
    }

    fn field<T: Serialize + ?Sized>(&mut self, key: &str, v: &T) -> Result<(), Never> {
        self.key(key);
        v.serialize(&mut *self.ser)
    }

    /// `,"key":`, out of line: one copy for all the fields of every type.
    #[inline(never)]
    fn key(&mut self, key: &str) {
        self.comma();
        self.ser.scalar(key);
        self.ser.0.push(b':');
    }
}

impl<'a> ser::Serializer for &'a mut Json {
    type Ok = ();
    type Error = Never;
    type SerializeSeq = Compound<'a>;
    type SerializeTuple = Compound<'a>;
    type SerializeTupleStruct = Compound<'a>;
    type SerializeTupleVariant = Compound<'a>;
    type SerializeMap = Compound<'a>;
    type SerializeStruct = Compound<'a>;
    type SerializeStructVariant = Compound<'a>;

    fn serialize_bool(self, v: bool) -> Result<(), Never> {
        self.0.extend_from_slice(if v { b"true" } else { b"false" });
        Ok(())
    }
    fn serialize_i8(self, v: i8) -> Result<(), Never> {
        self.serialize_i64(v.into())
    }
    fn serialize_i16(self, v: i16) -> Result<(), Never> {
        self.serialize_i64(v.into())
    }
    fn serialize_i32(self, v: i32) -> Result<(), Never> {
        self.serialize_i64(v.into())
    }
    fn serialize_i64(self, v: i64) -> Result<(), Never> {
        self.scalar(&v);
        Ok(())
    }
    fn serialize_u8(self, v: u8) -> Result<(), Never> {
        self.serialize_u64(v.into())
    }
    fn serialize_u16(self, v: u16) -> Result<(), Never> {
        self.serialize_u64(v.into())
    }
    fn serialize_u32(self, v: u32) -> Result<(), Never> {
        self.serialize_u64(v.into())
    }
    fn serialize_u64(self, v: u64) -> Result<(), Never> {
        self.scalar(&v);
        Ok(())
    }
    fn serialize_f32(self, v: f32) -> Result<(), Never> {
        self.scalar(&v);
        Ok(())
    }
    fn serialize_f64(self, v: f64) -> Result<(), Never> {
        self.scalar(&v);
        Ok(())
    }
    fn serialize_char(self, v: char) -> Result<(), Never> {
        self.serialize_str(v.encode_utf8(&mut [0; 4]))
    }
    fn serialize_str(self, v: &str) -> Result<(), Never> {
        self.scalar(v);
        Ok(())
    }
    fn serialize_bytes(self, v: &[u8]) -> Result<(), Never> {
        self.collect_seq(v)
    }
    fn serialize_none(self) -> Result<(), Never> {
        self.serialize_unit()
    }
    fn serialize_some<T: Serialize + ?Sized>(self, v: &T) -> Result<(), Never> {
        v.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), Never> {
        self.0.extend_from_slice(b"null");
        Ok(())
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<(), Never> {
        self.serialize_unit()
    }
    fn serialize_unit_variant(self, _: &'static str, _: u32, variant: &'static str) -> Result<(), Never> {
        self.serialize_str(variant)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(self, _: &'static str, v: &T) -> Result<(), Never> {
        v.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        v: &T,
    ) -> Result<(), Never> {
        self.variant(variant);
        v.serialize(&mut *self)?;
        self.0.push(b'}');
        Ok(())
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Compound<'a>, Never> {
        Ok(self.open(b'['))
    }
    fn serialize_tuple(self, _: usize) -> Result<Compound<'a>, Never> {
        Ok(self.open(b'['))
    }
    fn serialize_tuple_struct(self, _: &'static str, _: usize) -> Result<Compound<'a>, Never> {
        Ok(self.open(b'['))
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Compound<'a>, Never> {
        self.variant(variant);
        Ok(self.open(b'['))
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Compound<'a>, Never> {
        Ok(self.open(b'{'))
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Compound<'a>, Never> {
        Ok(self.open(b'{'))
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Compound<'a>, Never> {
        self.variant(variant);
        Ok(self.open(b'{'))
    }
}

/// The sequences (`[...]`, a tuple variant's `[...]}`): elements, then the closing bytes.
macro_rules! sequence {
    ($($trait:ident::$method:ident => $end:literal),*) => {$(
        impl ser::$trait for Compound<'_> {
            type Ok = ();
            type Error = Never;
            fn $method<T: Serialize + ?Sized>(&mut self, v: &T) -> Result<(), Never> {
                self.element(v)
            }
            fn end(self) -> Result<(), Never> {
                self.ser.0.extend_from_slice($end);
                Ok(())
            }
        }
    )*};
}

sequence!(
    SerializeSeq::serialize_element => b"]",
    SerializeTuple::serialize_element => b"]",
    SerializeTupleStruct::serialize_field => b"]",
    SerializeTupleVariant::serialize_field => b"]}"
);

impl ser::SerializeMap for Compound<'_> {
    type Ok = ();
    type Error = Never;
    /// A key as serde_json writes one: a string as it is, anything else (a number, a bool) quoted.
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), Never> {
        self.comma();
        let at = self.ser.0.len();
        key.serialize(&mut *self.ser)?;
        if self.ser.0.get(at) != Some(&b'"') {
            self.ser.0.insert(at, b'"');
            self.ser.0.push(b'"');
        }
        self.ser.0.push(b':');
        Ok(())
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, v: &T) -> Result<(), Never> {
        v.serialize(&mut *self.ser)
    }
    fn end(self) -> Result<(), Never> {
        self.ser.0.push(b'}');
        Ok(())
    }
}

/// The objects (`{...}`, a struct variant's `{...}}`): fields, then the closing bytes.
macro_rules! object {
    ($($trait:ident => $end:literal),*) => {$(
        impl ser::$trait for Compound<'_> {
            type Ok = ();
            type Error = Never;
            fn serialize_field<T: Serialize + ?Sized>(&mut self, key: &'static str, v: &T) -> Result<(), Never> {
                self.field(key, v)
            }
            fn end(self) -> Result<(), Never> {
                self.ser.0.extend_from_slice($end);
                Ok(())
            }
        }
    )*};
}

object!(SerializeStruct => b"}", SerializeStructVariant => b"}}");

#[cfg(test)]
mod tests {
    use super::to_json;
    use std::collections::BTreeMap;

    fn same<T: serde::Serialize>(v: T) {
        assert_eq!(to_json(&v), serde_json::to_string(&v).expect("serde_json"));
    }

    #[test]
    fn writes_what_serde_json_writes() {
        same((25.0, 0.1, -0.0, 1e21, 1.5e-7, f64::NAN, f64::INFINITY, 0.1f32, 3u8, -7i64, u64::MAX));
        same(["", "a\"b\\c", "line\nnext\ttab\r\u{1}\u{1f}\u{7f}", "上海 · é", "#*#*#*#"]);
        same((true, false, (), None::<u8>, Some(2), 'x', vec![vec![1, 2], vec![]]));
        same(BTreeMap::from([(1u32, true), (20, false)]));
        same(BTreeMap::from([("k".to_string(), vec![Some(1.5), None])]));
        same(serde_json::json!({"a": [1, 2.5, {"b": null}], "c": "d", "e": {}}));
        same([Shape::Unit, Shape::Newtype, Shape::Tuple, Shape::Struct]);
    }

    /// Each of serde's enum and struct shapes, as a derived `Serialize` would write them.
    enum Shape {
        Unit,
        Newtype,
        Tuple,
        Struct,
    }

    impl serde::Serialize for Shape {
        fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            use serde::ser::{SerializeStructVariant, SerializeTupleVariant};
            match self {
                Shape::Unit => s.serialize_unit_variant("Shape", 0, "unit"),
                Shape::Newtype => s.serialize_newtype_variant("Shape", 1, "newtype", &("x", 2)),
                Shape::Tuple => {
                    let mut t = s.serialize_tuple_variant("Shape", 2, "tuple", 2)?;
                    t.serialize_field(&1)?;
                    t.serialize_field(&[0.5])?;
                    t.end()
                }
                Shape::Struct => {
                    let mut t = s.serialize_struct_variant("Shape", 3, "struct", 2)?;
                    t.serialize_field("a", &())?;
                    t.serialize_field("b", &"c")?;
                    t.end()
                }
            }
        }
    }
}
