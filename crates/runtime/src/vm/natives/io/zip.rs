//! `java.util.zip`: `Inflater` (as OpenJDK 17's Inflater.c over zlib),
//! `Deflater` (Deflater.c), `CRC32` and `Adler32` (CRC32.c, Adler32.c).
//!
//! An inflater is a handle (never 0, never an address) to an
//! `InflateStream` kept in the VM's native state; a handle that is not
//! open raises `InternalError`. The stream does what zlib's `inflate` does
//! for Java: the zlib wrapper (header, preset dictionary id, Adler-32
//! trailer) is parsed here, with zlib's error messages; the deflate data
//! in between goes through `miniz_oxide` into a ring buffer that keeps the
//! history back-references need (and a preset dictionary).
//!
//! A deflater is a handle, as an inflater is, to a `miniz_oxide`
//! compressor (zlib wrapper or raw deflate): its output is valid deflate
//! data that any inflater reads back, though not byte for byte what zlib
//! would write. Preset dictionaries for deflating are not supported.
//!
//! Direct buffers (raw addresses: the `*Buffer*` natives,
//! `updateByteBuffer*`) are read and written through the checked off-heap
//! access of `unsafe_memory`.

use std::collections::HashMap;

use miniz_oxide::deflate::core::{create_comp_flags_from_zip_params, CompressorOxide};
use miniz_oxide::inflate::core::{decompress_with_limit, inflate_flags, DecompressorOxide};
use miniz_oxide::inflate::TINFLStatus;
use miniz_oxide::{MZError, MZFlush, MZStatus};

use super::super::super::{JResult, ObjRef, Throw, Vm};
use super::super::unsafe_memory::{read_off_heap, write_off_heap};
use super::super::Natives;
use super::{bool_arg, int, int_arg, long, receiver};

const INFLATER: &str = "java/util/zip/Inflater";
const DEFLATER: &str = "java/util/zip/Deflater";
const CRC32: &str = "java/util/zip/CRC32";
const ADLER32: &str = "java/util/zip/Adler32";

/// Deflate's window: the farthest a back-reference reaches.
const MAX_DISTANCE: usize = 32 * 1024;
/// The ring buffer: twice the window, so that what one call writes (at
/// most [`MAX_DISTANCE`] bytes) never overwrites history still reachable.
const RING: usize = 2 * MAX_DISTANCE;

/// The message `miniz_oxide` cannot refine (zlib names the fault: "invalid
/// block type", "invalid distance too far back", …).
const INVALID_DATA: &str = "invalid compressed data";

pub(super) fn register(n: &mut Natives) {
    n.register(INFLATER, "initIDs", "()V", |_, _| Ok(None));
    n.register(INFLATER, "init", "(Z)J", |vm, a| {
        let inflaters = vm.native_state::<Inflaters>();
        inflaters.next += 1;
        let handle = inflaters.next;
        inflaters.open.insert(handle, InflateStream::new(bool_arg(a[0])));
        Ok(long(handle))
    });
    n.register(INFLATER, "setDictionary", "(J[BII)V", |vm, a| {
        let handle = a[0] as i64;
        let (array, offset, length) = (ObjRef::from_slot(a[1]), int_arg(a[2]), int_arg(a[3]));
        let dictionary = byte_region(vm, array, offset, length)?;
        match stream(vm, handle)?.set_dictionary(&dictionary) {
            Ok(()) => Ok(None),
            // zlib leaves no message: Z_STREAM_ERROR (no dictionary wanted
            // now) or Z_DATA_ERROR (not the one the stream names).
            Err(()) => Err(vm.bare_error("java/lang/IllegalArgumentException")),
        }
    });
    n.register(INFLATER, "inflateBytesBytes", "(J[BII[BII)J", |vm, a| {
        let input = Region::Array(ObjRef::from_slot(a[2]), int_arg(a[3]), int_arg(a[4]));
        let output = Region::Array(ObjRef::from_slot(a[5]), int_arg(a[6]), int_arg(a[7]));
        inflate(vm, a, input, output)
    });
    n.register(INFLATER, "setDictionaryBuffer", "(JJI)V", |vm, a| {
        let dictionary = direct_region(vm, a[1] as i64, 0, int_arg(a[2]))?;
        match stream(vm, a[0] as i64)?.set_dictionary(&dictionary) {
            Ok(()) => Ok(None),
            Err(()) => Err(vm.bare_error("java/lang/IllegalArgumentException")),
        }
    });
    n.register(INFLATER, "inflateBytesBuffer", "(J[BIIJI)J", |vm, a| {
        let input = Region::Array(ObjRef::from_slot(a[2]), int_arg(a[3]), int_arg(a[4]));
        let output = Region::Address(a[5] as i64, int_arg(a[6]));
        inflate(vm, a, input, output)
    });
    n.register(INFLATER, "inflateBufferBytes", "(JJI[BII)J", |vm, a| {
        let input = Region::Address(a[2] as i64, int_arg(a[3]));
        let output = Region::Array(ObjRef::from_slot(a[4]), int_arg(a[5]), int_arg(a[6]));
        inflate(vm, a, input, output)
    });
    n.register(INFLATER, "inflateBufferBuffer", "(JJIJI)J", |vm, a| {
        let input = Region::Address(a[2] as i64, int_arg(a[3]));
        let output = Region::Address(a[4] as i64, int_arg(a[5]));
        inflate(vm, a, input, output)
    });
    n.register(INFLATER, "getAdler", "(J)I", |vm, a| Ok(int(stream(vm, a[0] as i64)?.adler as i32)));
    n.register(INFLATER, "reset", "(J)V", |vm, a| {
        stream(vm, a[0] as i64)?.reset();
        Ok(None)
    });
    n.register(INFLATER, "end", "(J)V", |vm, a| {
        let handle = a[0] as i64;
        match vm.native_state::<Inflaters>().open.remove(&handle) {
            Some(_) => Ok(None),
            None => Err(bad_handle(vm, handle)),
        }
    });

    n.register(CRC32, "update", "(II)I", |_, a| Ok(int(crc32(int_arg(a[0]), &[a[1] as u8]))));
    n.register(CRC32, "updateBytes0", "(I[BII)I", |vm, a| {
        let bytes = byte_region(vm, ObjRef::from_slot(a[1]), int_arg(a[2]), int_arg(a[3]))?;
        Ok(int(crc32(int_arg(a[0]), &bytes)))
    });
    n.register(CRC32, "updateByteBuffer0", "(IJII)I", |vm, a| {
        let bytes = direct_region(vm, a[1] as i64, int_arg(a[2]), int_arg(a[3]))?;
        Ok(int(crc32(int_arg(a[0]), &bytes)))
    });
    n.register(ADLER32, "update", "(II)I", |_, a| Ok(int(adler32(int_arg(a[0]), &[a[1] as u8]))));
    n.register(ADLER32, "updateBytes", "(I[BII)I", |vm, a| {
        let bytes = byte_region(vm, ObjRef::from_slot(a[1]), int_arg(a[2]), int_arg(a[3]))?;
        Ok(int(adler32(int_arg(a[0]), &bytes)))
    });
    n.register(ADLER32, "updateByteBuffer", "(IJII)I", |vm, a| {
        let bytes = direct_region(vm, a[1] as i64, int_arg(a[2]), int_arg(a[3]))?;
        Ok(int(adler32(int_arg(a[0]), &bytes)))
    });
    register_deflater(n);
}

/// Inflater.c's `doInflate` and `checkInflateStatus` for the inflater
/// `args[0]` (handle `args[1]`): the result packs the input bytes used, the
/// output bytes written (<< 31), finished (<< 62) and "needs a dictionary"
/// (<< 63); a data error leaves the counts in `inputConsumed` and
/// `outputConsumed` for Inflater.java and raises `DataFormatException`.
fn inflate(vm: &mut Vm, args: &[u64], input: Region, output: Region) -> JResult<Option<u64>> {
    let this = receiver(vm, args)?;
    let handle = args[1] as i64;
    let data = input.read(vm)?;
    output.check(vm)?;
    let mut out = vec![0u8; output.len()];
    let (result, read, written) = stream(vm, handle)?.inflate(&data, &mut out);
    if written > 0 {
        output.write(vm, &out[..written])?;
    }
    let (finished, need_dict) = match result {
        Inflated::Ok => (false, false),
        Inflated::StreamEnd => (true, false),
        Inflated::NeedDict => (false, true),
        Inflated::DataError(message) => {
            // Inflater.java moves its input position by these.
            vm.set_field(this, "inputConsumed", read as u64);
            vm.set_field(this, "outputConsumed", written as u64);
            return Err(vm.error("java/util/zip/DataFormatException", message));
        }
    };
    Ok(long(read as i64 | (written as i64) << 31 | (finished as i64) << 62 | (need_dict as i64) << 63))
}

/// The `length` bytes at `address + offset` of a direct buffer.
fn direct_region(vm: &mut Vm, address: i64, offset: i32, length: i32) -> JResult<Vec<u8>> {
    read_off_heap(vm, address.wrapping_add(offset as i64), length.max(0) as usize)
}

/// Where a deflater's input comes from or its output goes: a byte array
/// region or a direct buffer's address.
#[derive(Clone, Copy)]
enum Region {
    Array(ObjRef, i32, i32),
    Address(i64, i32),
}

impl Region {
    fn read(self, vm: &mut Vm) -> JResult<Vec<u8>> {
        match self {
            Region::Array(array, offset, length) => byte_region(vm, array, offset, length),
            Region::Address(address, length) => direct_region(vm, address, 0, length),
        }
    }

    fn len(self) -> usize {
        match self {
            Region::Array(_, _, length) | Region::Address(_, length) => length.max(0) as usize,
        }
    }

    fn check(self, vm: &mut Vm) -> JResult<()> {
        match self {
            Region::Array(array, offset, length) => check_region(vm, array, offset, length),
            Region::Address(address, length) => direct_region(vm, address, 0, length).map(|_| ()),
        }
    }

    fn write(self, vm: &mut Vm, data: &[u8]) -> JResult<()> {
        match self {
            Region::Array(array, offset, _) => vm.write_array_region(array, offset, data),
            Region::Address(address, _) => write_off_heap(vm, address, data),
        }
    }
}

fn register_deflater(n: &mut Natives) {
    n.register(DEFLATER, "init", "(IIZ)J", |vm, a| {
        let (level, strategy, nowrap) = (int_arg(a[0]), int_arg(a[1]), bool_arg(a[2]));
        // deflateInit2 with MAX_WBITS (15), negated for raw deflate.
        let window_bits = if nowrap { -15 } else { 15 };
        let flags = create_comp_flags_from_zip_params(level, window_bits, strategy);
        let deflaters = vm.native_state::<Deflaters>();
        deflaters.next += 1;
        let handle = deflaters.next;
        deflaters.open.insert(handle, Box::new(CompressorOxide::new(flags)));
        Ok(long(handle))
    });
    n.register(DEFLATER, "setDictionary", "(J[BII)V", |vm, _| {
        Err(vm.error(
            "java/lang/UnsupportedOperationException",
            "keel: Deflater.setDictionary is not supported yet",
        ))
    });
    n.register(DEFLATER, "setDictionaryBuffer", "(JJI)V", |vm, _| {
        Err(vm.error(
            "java/lang/UnsupportedOperationException",
            "keel: Deflater.setDictionary is not supported yet",
        ))
    });
    n.register(DEFLATER, "deflateBytesBytes", "(J[BII[BIIII)J", |vm, a| {
        let input = Region::Array(ObjRef::from_slot(a[2]), int_arg(a[3]), int_arg(a[4]));
        let output = Region::Array(ObjRef::from_slot(a[5]), int_arg(a[6]), int_arg(a[7]));
        deflate(vm, a[1] as i64, input, output, int_arg(a[8]), int_arg(a[9]))
    });
    n.register(DEFLATER, "deflateBytesBuffer", "(J[BIIJIII)J", |vm, a| {
        let input = Region::Array(ObjRef::from_slot(a[2]), int_arg(a[3]), int_arg(a[4]));
        let output = Region::Address(a[5] as i64, int_arg(a[6]));
        deflate(vm, a[1] as i64, input, output, int_arg(a[7]), int_arg(a[8]))
    });
    n.register(DEFLATER, "deflateBufferBytes", "(JJI[BIIII)J", |vm, a| {
        let input = Region::Address(a[2] as i64, int_arg(a[3]));
        let output = Region::Array(ObjRef::from_slot(a[4]), int_arg(a[5]), int_arg(a[6]));
        deflate(vm, a[1] as i64, input, output, int_arg(a[7]), int_arg(a[8]))
    });
    n.register(DEFLATER, "deflateBufferBuffer", "(JJIJIII)J", |vm, a| {
        let input = Region::Address(a[2] as i64, int_arg(a[3]));
        let output = Region::Address(a[4] as i64, int_arg(a[5]));
        deflate(vm, a[1] as i64, input, output, int_arg(a[6]), int_arg(a[7]))
    });
    n.register(DEFLATER, "getAdler", "(J)I", |vm, a| Ok(int(compressor(vm, a[0] as i64)?.adler32() as i32)));
    n.register(DEFLATER, "reset", "(J)V", |vm, a| {
        compressor(vm, a[0] as i64)?.reset();
        Ok(None)
    });
    n.register(DEFLATER, "end", "(J)V", |vm, a| {
        let handle = a[0] as i64;
        match vm.native_state::<Deflaters>().open.remove(&handle) {
            Some(_) => Ok(None),
            None => {
                Err(vm.error("java/lang/InternalError", &format!("no open deflater has handle {handle}")))
            }
        }
    });
}

/// The open deflaters, by handle.
#[derive(Default)]
struct Deflaters {
    next: i64,
    open: HashMap<i64, Box<CompressorOxide>>,
}

/// The open deflater `handle`, or `InternalError`.
fn compressor(vm: &mut Vm, handle: i64) -> JResult<&mut CompressorOxide> {
    if !vm.native_state::<Deflaters>().open.contains_key(&handle) {
        return Err(vm.error("java/lang/InternalError", &format!("no open deflater has handle {handle}")));
    }
    Ok(vm.native_state::<Deflaters>().open.get_mut(&handle).expect("just checked"))
}

/// Deflater.c's `doDeflate` and `checkDeflateStatus`: `params` bit 0 asks
/// for new parameters (`deflateParams`: level in bits 3.., strategy in bits
/// 1-2), otherwise one `deflate(flush)` call. The result packs the input
/// bytes used, the output bytes written (<< 31), finished (<< 62) and
/// "parameters still to set" (<< 63).
fn deflate(
    vm: &mut Vm,
    handle: i64,
    input: Region,
    output: Region,
    flush: i32,
    params: i32,
) -> JResult<Option<u64>> {
    compressor(vm, handle)?;
    let data = input.read(vm)?;
    output.check(vm)?;
    if params & 1 != 0 {
        // miniz changes the level between calls without flushing (zlib
        // flushes the data compressed so far first); the strategy stays.
        let level = params >> 3;
        let level = if level < 0 { 6 } else { level.min(10) } as u8;
        compressor(vm, handle)?.set_compression_level_raw(level);
        return Ok(long(0));
    }
    let mut out = vec![0u8; output.len()];
    let flush = MZFlush::new(flush).unwrap_or(MZFlush::None);
    let result = miniz_oxide::deflate::stream::deflate(compressor(vm, handle)?, &data, &mut out, flush);
    let finished = match result.status {
        Ok(MZStatus::StreamEnd) => true,
        Ok(_) => false,
        // Z_BUF_ERROR: no progress was possible, nothing used.
        Err(MZError::Buf) => return Ok(long(0)),
        Err(error) => return Err(vm.error("java/lang/InternalError", &format!("deflate failed: {error:?}"))),
    };
    let (read, written) = (result.bytes_consumed, result.bytes_written);
    if written > 0 {
        output.write(vm, &out[..written])?;
    }
    Ok(long(read as i64 | (written as i64) << 31 | (finished as i64) << 62))
}

/// zlib's `crc32(crc, bytes)`.
fn crc32(crc: i32, bytes: &[u8]) -> i32 {
    let mut hasher = crc32fast::Hasher::new_with_initial(crc as u32);
    hasher.update(bytes);
    hasher.finalize() as i32
}

/// zlib's `adler32(adler, bytes)`.
fn adler32(adler: i32, bytes: &[u8]) -> i32 {
    let mut sum = adler2::Adler32::from_checksum(adler as u32);
    sum.write_slice(bytes);
    sum.checksum() as i32
}

/// Checks that `array[offset .. offset + length]` is a region of a
/// non-null array (as `read_array_region` checks, without reading).
fn check_region(vm: &mut Vm, array: ObjRef, offset: i32, length: i32) -> JResult<()> {
    if array.is_null() {
        return Err(vm.bare_error("java/lang/NullPointerException"));
    }
    let array_length = vm.array_length(array);
    if offset < 0 || length < 0 || offset as i64 + length as i64 > array_length as i64 {
        let message =
            format!("Range [{offset}, {offset} + {length}) out of bounds for length {array_length}");
        return Err(vm.error("java/lang/ArrayIndexOutOfBoundsException", &message));
    }
    Ok(())
}

/// The bytes of `array[offset .. offset + length]`; a null array stands
/// for no bytes when `length` is 0.
fn byte_region(vm: &mut Vm, array: ObjRef, offset: i32, length: i32) -> JResult<Vec<u8>> {
    if array.is_null() && length == 0 {
        return Ok(Vec::new());
    }
    check_region(vm, array, offset, length)?;
    vm.read_array_region(array, offset, length)
}

/// The open inflaters, by handle.
#[derive(Default)]
struct Inflaters {
    next: i64,
    open: HashMap<i64, InflateStream>,
}

fn bad_handle(vm: &mut Vm, handle: i64) -> Throw {
    vm.error("java/lang/InternalError", &format!("no open inflater has handle {handle}"))
}

/// The open inflater `handle`, or `InternalError`.
fn stream(vm: &mut Vm, handle: i64) -> JResult<&mut InflateStream> {
    if !vm.native_state::<Inflaters>().open.contains_key(&handle) {
        return Err(bad_handle(vm, handle));
    }
    Ok(vm.native_state::<Inflaters>().open.get_mut(&handle).expect("just checked"))
}

/// Where a stream is, as zlib's inflate modes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Phase {
    /// The two header bytes of the zlib wrapper.
    Header,
    /// The four bytes of a preset dictionary's Adler-32.
    DictionaryId,
    /// Waiting for `setDictionary`.
    Dictionary,
    /// Deflate blocks.
    Blocks,
    /// The four bytes of the Adler-32 of the data.
    Trailer,
    Done,
    /// A data error, reported again by every later call.
    Bad(&'static str),
}

/// What one `inflate` call ended with (zlib's `Z_OK`/`Z_BUF_ERROR`,
/// `Z_STREAM_END`, `Z_NEED_DICT`, `Z_DATA_ERROR`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Inflated {
    Ok,
    StreamEnd,
    NeedDict,
    DataError(&'static str),
}

/// One inflater: a zlib stream (or raw deflate, for `nowrap`).
struct InflateStream {
    raw: bool,
    phase: Phase,
    decompressor: Box<DecompressorOxide>,
    /// The last [`RING`] bytes inflated (or given as a dictionary), as a
    /// ring; `position` is where the next byte goes.
    ring: Box<[u8]>,
    position: usize,
    /// Header, dictionary id or trailer bytes read so far.
    held: [u8; 4],
    held_len: usize,
    /// zlib's `strm->adler`: 1 to start with (0 for raw streams, which
    /// never change it), the preset dictionary's id once read, then the
    /// Adler-32 of what has been inflated.
    adler: u32,
    have_dictionary: bool,
}

impl InflateStream {
    /// A stream as `inflateInit2` makes it: zlib-wrapped, or raw deflate.
    fn new(raw: bool) -> InflateStream {
        InflateStream {
            raw,
            phase: if raw { Phase::Blocks } else { Phase::Header },
            decompressor: Box::default(),
            ring: vec![0; RING].into_boxed_slice(),
            position: 0,
            held: [0; 4],
            held_len: 0,
            adler: if raw { 0 } else { 1 },
            have_dictionary: false,
        }
    }

    /// `inflateReset`: back to the start, the history forgotten (a raw
    /// stream's `adler` unchanged, as zlib leaves it).
    fn reset(&mut self) {
        self.phase = if self.raw { Phase::Blocks } else { Phase::Header };
        self.decompressor.init();
        self.position = 0;
        self.held_len = 0;
        self.have_dictionary = false;
        if !self.raw {
            self.adler = 1;
        }
    }

    /// `inflateSetDictionary`: a raw stream takes one at any time; a zlib
    /// stream only when it asked for one, and only the one it named.
    fn set_dictionary(&mut self, dictionary: &[u8]) -> Result<(), ()> {
        if !self.raw && (self.phase != Phase::Dictionary || adler2::adler32_slice(dictionary) != self.adler) {
            return Err(());
        }
        let tail = &dictionary[dictionary.len().saturating_sub(MAX_DISTANCE)..];
        for &b in tail {
            self.ring[self.position] = b;
            self.position = (self.position + 1) % RING;
        }
        self.have_dictionary = true;
        Ok(())
    }

    /// Takes bytes from `input[*read..]` until `held` has `count`; whether
    /// it has.
    fn hold(&mut self, input: &[u8], read: &mut usize, count: usize) -> bool {
        while self.held_len < count && *read < input.len() {
            self.held[self.held_len] = input[*read];
            self.held_len += 1;
            *read += 1;
        }
        self.held_len == count
    }

    /// The `count` held bytes as a big-endian number, taken.
    fn take_held(&mut self, count: usize) -> u32 {
        self.held_len = 0;
        self.held[..count].iter().fold(0, |v, &b| v << 8 | b as u32)
    }

    /// One `inflate(strm, Z_PARTIAL_FLUSH)`: inflates from `input` into
    /// `out`; how it ended, the bytes read and the bytes written.
    fn inflate(&mut self, input: &[u8], out: &mut [u8]) -> (Inflated, usize, usize) {
        let (mut read, mut written) = (0, 0);
        let result = loop {
            match self.phase {
                Phase::Header => {
                    if !self.hold(input, &mut read, 2) {
                        break Inflated::Ok;
                    }
                    let header = self.take_held(2);
                    let (method, window_bits) = (header >> 8 & 0x0f, (header >> 12) + 8);
                    self.phase = if !header.is_multiple_of(31) {
                        Phase::Bad("incorrect header check")
                    } else if method != 8 {
                        Phase::Bad("unknown compression method")
                    } else if window_bits > 15 {
                        Phase::Bad("invalid window size")
                    } else if header & 0x20 != 0 {
                        self.adler = 1;
                        Phase::DictionaryId
                    } else {
                        self.adler = 1;
                        Phase::Blocks
                    };
                }
                Phase::DictionaryId => {
                    if !self.hold(input, &mut read, 4) {
                        break Inflated::Ok;
                    }
                    self.adler = self.take_held(4);
                    self.phase = Phase::Dictionary;
                }
                Phase::Dictionary => {
                    if !self.have_dictionary {
                        break Inflated::NeedDict;
                    }
                    self.adler = 1;
                    self.phase = Phase::Blocks;
                }
                Phase::Blocks => {
                    let limit = (out.len() - written).min(MAX_DISTANCE).min(RING - self.position);
                    let (status, in_used, out_used) = decompress_with_limit(
                        &mut self.decompressor,
                        &input[read..],
                        &mut self.ring,
                        self.position,
                        limit,
                        inflate_flags::TINFL_FLAG_HAS_MORE_INPUT,
                    );
                    let produced = &self.ring[self.position..self.position + out_used];
                    out[written..written + out_used].copy_from_slice(produced);
                    if !self.raw {
                        let mut sum = adler2::Adler32::from_checksum(self.adler);
                        sum.write_slice(produced);
                        self.adler = sum.checksum();
                    }
                    self.position = (self.position + out_used) % RING;
                    read += in_used;
                    written += out_used;
                    match status {
                        TINFLStatus::Done => self.phase = if self.raw { Phase::Done } else { Phase::Trailer },
                        TINFLStatus::NeedsMoreInput => break Inflated::Ok,
                        // The output is full, or the ring wrapped: go on
                        // while there is room and progress.
                        TINFLStatus::HasMoreOutput => {
                            if written == out.len() || (in_used == 0 && out_used == 0) {
                                break Inflated::Ok;
                            }
                        }
                        _ => self.phase = Phase::Bad(INVALID_DATA),
                    }
                }
                Phase::Trailer => {
                    if !self.hold(input, &mut read, 4) {
                        break Inflated::Ok;
                    }
                    self.phase = if self.take_held(4) == self.adler {
                        Phase::Done
                    } else {
                        Phase::Bad("incorrect data check")
                    };
                }
                Phase::Done => break Inflated::StreamEnd,
                Phase::Bad(message) => break Inflated::DataError(message),
            }
        };
        (result, read, written)
    }
}
