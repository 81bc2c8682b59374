//! What each opcode pops from and pushes onto the operand stack (JVMS 6.5),
//! by value type: the table the Java-to-KIR translator is built on.
//!
//! Stacks and pop/push lists are written bottom to top, as the JVMS writes
//! "..., value1, value2 → ..., result": the last element is the top. A
//! category-2 value (long, double) is one element, not two slots.

use super::opcode::Opcode;

/// The computational category of a value (JVMS 2.11.1): category 2 values
/// (`long`, `double`) take two local-variable and operand-stack slots.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Category {
    One,
    Two,
}

impl Category {
    /// How many stack slots a value of this category takes.
    pub const fn slots(self) -> u16 {
        match self {
            Category::One => 1,
            Category::Two => 2,
        }
    }
}

/// The type of a value on the operand stack. `boolean`, `byte`, `char` and
/// `short` values are `Int` there (JVMS 2.11.1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum StackType {
    Int,
    Long,
    Float,
    Double,
    Reference,
    /// Pushed by `jsr`/`jsr_w`, stored by `astore`, used by `ret`.
    ReturnAddress,
}

impl StackType {
    pub const fn category(self) -> Category {
        match self {
            StackType::Long | StackType::Double => Category::Two,
            _ => Category::One,
        }
    }

    /// The stack type of a field or parameter, from the first byte of its
    /// descriptor (`I`, `J`, `L`, `[`, …); `None` for anything else,
    /// including `V`.
    pub const fn from_descriptor_tag(tag: u8) -> Option<StackType> {
        Some(match tag {
            b'B' | b'C' | b'I' | b'S' | b'Z' => StackType::Int,
            b'J' => StackType::Long,
            b'F' => StackType::Float,
            b'D' => StackType::Double,
            b'L' | b'[' => StackType::Reference,
            _ => return None,
        })
    }

    /// Whether a field, parameter or constant can have this type (a return
    /// address exists only on the stack and in locals).
    const fn is_java_type(self) -> bool {
        !matches!(self, StackType::ReturnAddress)
    }
}

/// How one opcode changes the operand stack.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StackEffect {
    /// Always pops and pushes these types (bottom to top).
    Fixed { pops: &'static [StackType], pushes: &'static [StackType] },
    /// `astore`, `astore_<n>`: pops one value that is a `Reference` or a
    /// `ReturnAddress` (this is how a `jsr` subroutine saves its return
    /// address, JVMS 6.5 `astore`).
    StoreReferenceOrReturnAddress,
    /// The type-agnostic stack manipulations (`pop`, `dup`, `swap`, …): the
    /// form that applies depends on the categories of the values on top of
    /// the stack. Exactly one form matches any stack they can apply to.
    Shuffle(&'static [ShuffleForm]),
    /// `ldc`, `ldc_w` (category 1) and `ldc2_w` (category 2): pushes the
    /// constant-pool entry's value, whose type the entry decides.
    LoadConstant { category: Category },
    /// `getstatic`, `getfield`: pops the object unless static, pushes a value
    /// of the field's type.
    FieldGet { is_static: bool },
    /// `putstatic`, `putfield`: pops the object unless static, then a value
    /// of the field's type.
    FieldPut { is_static: bool },
    /// The invoke instructions: pop the receiver (if any) and the arguments,
    /// push the result unless the method returns `void`.
    Invoke { has_receiver: bool },
    /// `multianewarray`: pops one `Int` per dimension (the instruction's
    /// `dimensions` operand), pushes the array.
    MultiANewArray,
}

/// One form of a [`StackEffect::Shuffle`], in the JVMS's own terms: `pops`
/// are the categories of the values it takes (bottom to top, so for
/// `dup_x1` `[value2, value1]`), `pushes` names the values it puts back by
/// their JVMS number, `1` being the top value popped (`value1`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ShuffleForm {
    pub pops: &'static [Category],
    pub pushes: &'static [u8],
}

impl ShuffleForm {
    /// Whether this form applies to a stack whose values have these
    /// categories (bottom to top, one element per value).
    pub fn matches(&self, stack: &[Category]) -> bool {
        stack.ends_with(self.pops)
    }

    /// The values to push, given the values popped (bottom to top, as many
    /// as `pops`); `None` if `popped` has the wrong length.
    pub fn apply<T: Clone>(&self, popped: &[T]) -> Option<Vec<T>> {
        if popped.len() != self.pops.len() {
            return None;
        }
        let value = |number: u8| popped[popped.len() - usize::from(number)].clone();
        Some(self.pushes.iter().map(|&number| value(number)).collect())
    }
}

/// The concrete types an instruction pops and pushes (bottom to top), once
/// whatever its effect depends on is known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TypedEffect {
    pub pops: Vec<StackType>,
    pub pushes: Vec<StackType>,
}

impl TypedEffect {
    fn new(pops: Vec<StackType>, pushes: Vec<StackType>) -> Self {
        TypedEffect { pops, pushes }
    }

    /// The change in stack depth, in slots (category-2 values count twice).
    pub fn slot_delta(&self) -> i32 {
        let slots =
            |types: &[StackType]| -> i32 { types.iter().map(|ty| i32::from(ty.category().slots())).sum() };
        slots(&self.pushes) - slots(&self.pops)
    }
}

impl StackEffect {
    /// The effect of a [`StackEffect::Fixed`] opcode; `None` for the others.
    pub fn fixed(&self) -> Option<TypedEffect> {
        match *self {
            StackEffect::Fixed { pops, pushes } => Some(TypedEffect::new(pops.to_vec(), pushes.to_vec())),
            _ => None,
        }
    }

    /// `astore`'s effect when storing a value of type `value`; `None` unless
    /// this is [`StackEffect::StoreReferenceOrReturnAddress`] and `value` is a
    /// reference or return address.
    pub fn with_stored(&self, value: StackType) -> Option<TypedEffect> {
        let storable = matches!(value, StackType::Reference | StackType::ReturnAddress);
        match self {
            StackEffect::StoreReferenceOrReturnAddress if storable => {
                Some(TypedEffect::new(vec![value], vec![]))
            }
            _ => None,
        }
    }

    /// The shuffle form that applies to a stack whose values have these
    /// categories (bottom to top); `None` if this is not a shuffle or none
    /// applies (which the verifier reports as an error).
    pub fn shuffle_form(&self, stack: &[Category]) -> Option<&'static ShuffleForm> {
        match *self {
            StackEffect::Shuffle(forms) => forms.iter().find(|form| form.matches(stack)),
            _ => None,
        }
    }

    /// A shuffle's effect on a stack holding values of these types (bottom
    /// to top).
    pub fn with_stack(&self, stack: &[StackType]) -> Option<TypedEffect> {
        let categories: Vec<Category> = stack.iter().map(|ty| ty.category()).collect();
        let form = self.shuffle_form(&categories)?;
        let popped = &stack[stack.len() - form.pops.len()..];
        let pushed = form.apply(popped)?;
        Some(TypedEffect::new(popped.to_vec(), pushed))
    }

    /// An `ldc`'s effect when the constant has type `constant`; `None` unless
    /// this is a [`StackEffect::LoadConstant`] of the constant's category.
    pub fn with_constant(&self, constant: StackType) -> Option<TypedEffect> {
        match *self {
            StackEffect::LoadConstant { category }
                if constant.category() == category && constant.is_java_type() =>
            {
                Some(TypedEffect::new(vec![], vec![constant]))
            }
            _ => None,
        }
    }

    /// A field access's effect when the field has type `field`; `None`
    /// unless this is a [`StackEffect::FieldGet`] or [`StackEffect::FieldPut`].
    pub fn with_field(&self, field: StackType) -> Option<TypedEffect> {
        if !field.is_java_type() {
            return None;
        }
        let object = |is_static: bool| {
            if is_static {
                vec![]
            } else {
                vec![StackType::Reference]
            }
        };
        match *self {
            StackEffect::FieldGet { is_static } => Some(TypedEffect::new(object(is_static), vec![field])),
            StackEffect::FieldPut { is_static } => {
                let mut pops = object(is_static);
                pops.push(field);
                Some(TypedEffect::new(pops, vec![]))
            }
            _ => None,
        }
    }

    /// An invoke's effect for a method with these parameter types and this
    /// return type (`None` for `void`); `None` unless this is a
    /// [`StackEffect::Invoke`].
    pub fn with_method(&self, parameters: &[StackType], returns: Option<StackType>) -> Option<TypedEffect> {
        let StackEffect::Invoke { has_receiver } = *self else {
            return None;
        };
        let all_java_types = parameters.iter().chain(&returns).all(|ty| ty.is_java_type());
        if !all_java_types {
            return None;
        }
        let receiver = has_receiver.then_some(StackType::Reference);
        let pops = receiver.into_iter().chain(parameters.iter().copied()).collect();
        Some(TypedEffect::new(pops, returns.into_iter().collect()))
    }

    /// `multianewarray`'s effect for its `dimensions` operand; `None` unless
    /// this is [`StackEffect::MultiANewArray`] and `dimensions` is at least 1.
    pub fn with_dimensions(&self, dimensions: u8) -> Option<TypedEffect> {
        match self {
            StackEffect::MultiANewArray if dimensions >= 1 => Some(TypedEffect::new(
                vec![StackType::Int; usize::from(dimensions)],
                vec![StackType::Reference],
            )),
            _ => None,
        }
    }
}

const fn form(pops: &'static [Category], pushes: &'static [u8]) -> ShuffleForm {
    ShuffleForm { pops, pushes }
}

// The forms as JVMS 6.5 lists them for each instruction.
const ONE: Category = Category::One;
const TWO: Category = Category::Two;
const POP: &[ShuffleForm] = &[form(&[ONE], &[])];
const POP2: &[ShuffleForm] = &[form(&[ONE, ONE], &[]), form(&[TWO], &[])];
const DUP: &[ShuffleForm] = &[form(&[ONE], &[1, 1])];
const DUP_X1: &[ShuffleForm] = &[form(&[ONE, ONE], &[1, 2, 1])];
const DUP_X2: &[ShuffleForm] = &[form(&[ONE, ONE, ONE], &[1, 3, 2, 1]), form(&[TWO, ONE], &[1, 2, 1])];
const DUP2: &[ShuffleForm] = &[form(&[ONE, ONE], &[2, 1, 2, 1]), form(&[TWO], &[1, 1])];
const DUP2_X1: &[ShuffleForm] = &[form(&[ONE, ONE, ONE], &[2, 1, 3, 2, 1]), form(&[ONE, TWO], &[1, 2, 1])];
const DUP2_X2: &[ShuffleForm] = &[
    form(&[ONE, ONE, ONE, ONE], &[2, 1, 4, 3, 2, 1]),
    form(&[ONE, ONE, TWO], &[1, 3, 2, 1]),
    form(&[TWO, ONE, ONE], &[2, 1, 3, 2, 1]),
    form(&[TWO, TWO], &[1, 2, 1]),
];
const SWAP: &[ShuffleForm] = &[form(&[ONE, ONE], &[1, 2])];

impl Opcode {
    /// This opcode's effect on the operand stack (JVMS 6.5).
    ///
    /// `wide` itself has no effect: the decoder folds it into the
    /// instruction it modifies, whose effect is the one that applies.
    /// `athrow` is listed as popping its exception; it then empties the
    /// stack, but control never continues after it.
    pub const fn stack_effect(self) -> StackEffect {
        use Opcode::*;
        use StackType::{Double as D, Float as F, Int as I, Long as L, Reference as A, ReturnAddress as R};
        const fn fixed(pops: &'static [StackType], pushes: &'static [StackType]) -> StackEffect {
            StackEffect::Fixed { pops, pushes }
        }
        match self {
            Nop | Iinc | Goto | GotoW | Ret | Return | Wide => fixed(&[], &[]),
            AconstNull => fixed(&[], &[A]),
            IconstM1 | Iconst0 | Iconst1 | Iconst2 | Iconst3 | Iconst4 | Iconst5 | Bipush | Sipush => {
                fixed(&[], &[I])
            }
            Lconst0 | Lconst1 => fixed(&[], &[L]),
            Fconst0 | Fconst1 | Fconst2 => fixed(&[], &[F]),
            Dconst0 | Dconst1 => fixed(&[], &[D]),
            Ldc | LdcW => StackEffect::LoadConstant { category: Category::One },
            Ldc2W => StackEffect::LoadConstant { category: Category::Two },
            Iload | Iload0 | Iload1 | Iload2 | Iload3 => fixed(&[], &[I]),
            Lload | Lload0 | Lload1 | Lload2 | Lload3 => fixed(&[], &[L]),
            Fload | Fload0 | Fload1 | Fload2 | Fload3 => fixed(&[], &[F]),
            Dload | Dload0 | Dload1 | Dload2 | Dload3 => fixed(&[], &[D]),
            Aload | Aload0 | Aload1 | Aload2 | Aload3 => fixed(&[], &[A]),
            Iaload | Baload | Caload | Saload => fixed(&[A, I], &[I]),
            Laload => fixed(&[A, I], &[L]),
            Faload => fixed(&[A, I], &[F]),
            Daload => fixed(&[A, I], &[D]),
            Aaload => fixed(&[A, I], &[A]),
            Istore | Istore0 | Istore1 | Istore2 | Istore3 => fixed(&[I], &[]),
            Lstore | Lstore0 | Lstore1 | Lstore2 | Lstore3 => fixed(&[L], &[]),
            Fstore | Fstore0 | Fstore1 | Fstore2 | Fstore3 => fixed(&[F], &[]),
            Dstore | Dstore0 | Dstore1 | Dstore2 | Dstore3 => fixed(&[D], &[]),
            Astore | Astore0 | Astore1 | Astore2 | Astore3 => StackEffect::StoreReferenceOrReturnAddress,
            Iastore | Bastore | Castore | Sastore => fixed(&[A, I, I], &[]),
            Lastore => fixed(&[A, I, L], &[]),
            Fastore => fixed(&[A, I, F], &[]),
            Dastore => fixed(&[A, I, D], &[]),
            Aastore => fixed(&[A, I, A], &[]),
            Pop => StackEffect::Shuffle(POP),
            Pop2 => StackEffect::Shuffle(POP2),
            Dup => StackEffect::Shuffle(DUP),
            DupX1 => StackEffect::Shuffle(DUP_X1),
            DupX2 => StackEffect::Shuffle(DUP_X2),
            Dup2 => StackEffect::Shuffle(DUP2),
            Dup2X1 => StackEffect::Shuffle(DUP2_X1),
            Dup2X2 => StackEffect::Shuffle(DUP2_X2),
            Swap => StackEffect::Shuffle(SWAP),
            Iadd | Isub | Imul | Idiv | Irem | Ishl | Ishr | Iushr | Iand | Ior | Ixor => {
                fixed(&[I, I], &[I])
            }
            Ladd | Lsub | Lmul | Ldiv | Lrem | Land | Lor | Lxor => fixed(&[L, L], &[L]),
            // Long shifts take an int shift distance.
            Lshl | Lshr | Lushr => fixed(&[L, I], &[L]),
            Fadd | Fsub | Fmul | Fdiv | Frem => fixed(&[F, F], &[F]),
            Dadd | Dsub | Dmul | Ddiv | Drem => fixed(&[D, D], &[D]),
            Ineg | I2b | I2c | I2s => fixed(&[I], &[I]),
            Lneg => fixed(&[L], &[L]),
            Fneg => fixed(&[F], &[F]),
            Dneg => fixed(&[D], &[D]),
            I2l => fixed(&[I], &[L]),
            I2f => fixed(&[I], &[F]),
            I2d => fixed(&[I], &[D]),
            L2i => fixed(&[L], &[I]),
            L2f => fixed(&[L], &[F]),
            L2d => fixed(&[L], &[D]),
            F2i => fixed(&[F], &[I]),
            F2l => fixed(&[F], &[L]),
            F2d => fixed(&[F], &[D]),
            D2i => fixed(&[D], &[I]),
            D2l => fixed(&[D], &[L]),
            D2f => fixed(&[D], &[F]),
            Lcmp => fixed(&[L, L], &[I]),
            Fcmpl | Fcmpg => fixed(&[F, F], &[I]),
            Dcmpl | Dcmpg => fixed(&[D, D], &[I]),
            Ifeq | Ifne | Iflt | Ifge | Ifgt | Ifle | Tableswitch | Lookupswitch => fixed(&[I], &[]),
            IfIcmpeq | IfIcmpne | IfIcmplt | IfIcmpge | IfIcmpgt | IfIcmple => fixed(&[I, I], &[]),
            IfAcmpeq | IfAcmpne => fixed(&[A, A], &[]),
            Ifnull | Ifnonnull | Athrow | Monitorenter | Monitorexit => fixed(&[A], &[]),
            Jsr | JsrW => fixed(&[], &[R]),
            Ireturn => fixed(&[I], &[]),
            Lreturn => fixed(&[L], &[]),
            Freturn => fixed(&[F], &[]),
            Dreturn => fixed(&[D], &[]),
            Areturn => fixed(&[A], &[]),
            Getstatic => StackEffect::FieldGet { is_static: true },
            Getfield => StackEffect::FieldGet { is_static: false },
            Putstatic => StackEffect::FieldPut { is_static: true },
            Putfield => StackEffect::FieldPut { is_static: false },
            Invokevirtual | Invokespecial | Invokeinterface => StackEffect::Invoke { has_receiver: true },
            Invokestatic | Invokedynamic => StackEffect::Invoke { has_receiver: false },
            New => fixed(&[], &[A]),
            Newarray | Anewarray => fixed(&[I], &[A]),
            Arraylength => fixed(&[A], &[I]),
            Checkcast => fixed(&[A], &[A]),
            Instanceof => fixed(&[A], &[I]),
            Multianewarray => StackEffect::MultiANewArray,
        }
    }
}
