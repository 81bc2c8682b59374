//! The stack-effect table: coverage of every opcode, the shuffle forms, and
//! the helpers that make constant-pool-dependent effects concrete.

use super::*;
use Category::{One, Two};
use Opcode::*;

#[test]
fn every_opcode_has_a_stack_effect_entry() {
    let mut dependent = Vec::new();
    for &opcode in Opcode::ALL {
        match opcode.stack_effect() {
            StackEffect::Fixed { pops, pushes } => {
                // Only jsr/jsr_w produce a return address; only astore
                // (not a Fixed entry) consumes one.
                assert!(!pops.contains(&R), "{opcode}");
                assert_eq!(pushes.contains(&R), opcode.is_subroutine_call(), "{opcode}");
                assert!(pushes.len() <= 1, "{opcode}: only shuffles push more than one value");
            }
            StackEffect::Shuffle(forms) => {
                assert!(!forms.is_empty());
                dependent.push(opcode);
            }
            _ => dependent.push(opcode),
        }
    }
    let expected = [
        Ldc,
        LdcW,
        Ldc2W,
        Astore,
        Astore0,
        Astore1,
        Astore2,
        Astore3,
        Pop,
        Pop2,
        Dup,
        DupX1,
        DupX2,
        Dup2,
        Dup2X1,
        Dup2X2,
        Swap,
        Getstatic,
        Putstatic,
        Getfield,
        Putfield,
        Invokevirtual,
        Invokespecial,
        Invokestatic,
        Invokeinterface,
        Invokedynamic,
        Multianewarray,
    ];
    assert_eq!(dependent, expected);
}

#[test]
fn fixed_effects_by_slot_count() {
    let delta = |opcode: Opcode| opcode.stack_effect().fixed().unwrap().slot_delta();
    assert_eq!(delta(Nop), 0);
    assert_eq!(delta(Lconst1), 2);
    assert_eq!(delta(Dadd), -2);
    assert_eq!(delta(Lshl), -1);
    assert_eq!(delta(Lastore), -4);
    assert_eq!(delta(Lcmp), -3);
    assert_eq!(delta(I2l), 1);
    assert_eq!(delta(D2f), -1);
    assert_eq!(delta(Jsr), 1);
    assert_eq!(Pop.stack_effect().fixed(), None);
}

#[test]
fn constants_loaded_by_ldc_must_match_its_category() {
    let ldc = Ldc.stack_effect();
    for ty in [I, F, A] {
        let effect = ldc.with_constant(ty).unwrap();
        assert_eq!((effect.pops, effect.pushes), (vec![], vec![ty]));
        assert_eq!(LdcW.stack_effect().with_constant(ty).unwrap().pushes, vec![ty]);
        assert_eq!(Ldc2W.stack_effect().with_constant(ty), None);
    }
    for ty in [L, D] {
        assert_eq!(ldc.with_constant(ty), None);
        assert_eq!(Ldc2W.stack_effect().with_constant(ty).unwrap().pushes, vec![ty]);
    }
    assert_eq!(ldc.with_constant(R), None);
    assert_eq!(Iadd.stack_effect().with_constant(I), None);
}

#[test]
fn field_access_effects() {
    let effect = |opcode: Opcode, field| {
        let typed = opcode.stack_effect().with_field(field).unwrap();
        (typed.pops, typed.pushes)
    };
    assert_eq!(effect(Getstatic, L), (vec![], vec![L]));
    assert_eq!(effect(Getfield, I), (vec![A], vec![I]));
    assert_eq!(effect(Putstatic, D), (vec![D], vec![]));
    assert_eq!(effect(Putfield, A), (vec![A, A], vec![]));
    assert_eq!(Putfield.stack_effect().with_field(L).unwrap().slot_delta(), -3);
    assert_eq!(Getfield.stack_effect().with_field(R), None);
    assert_eq!(Invokestatic.stack_effect().with_field(I), None);
}

#[test]
fn invoke_effects() {
    let params = [I, L, A, D];
    let virtual_call = Invokevirtual.stack_effect().with_method(&params, Some(F)).unwrap();
    assert_eq!(virtual_call.pops, vec![A, I, L, A, D]);
    assert_eq!(virtual_call.pushes, vec![F]);
    assert_eq!(virtual_call.slot_delta(), -7 + 1);
    for opcode in [Invokespecial, Invokeinterface] {
        let call = opcode.stack_effect().with_method(&[], None).unwrap();
        assert_eq!((call.pops, call.pushes), (vec![A], vec![]));
    }
    for opcode in [Invokestatic, Invokedynamic] {
        let call = opcode.stack_effect().with_method(&[L], Some(A)).unwrap();
        assert_eq!((call.pops, call.pushes), (vec![L], vec![A]));
    }
    assert_eq!(Invokestatic.stack_effect().with_method(&[R], None), None);
    assert_eq!(Invokestatic.stack_effect().with_method(&[], Some(R)), None);
    assert_eq!(Getfield.stack_effect().with_method(&[], None), None);
}

#[test]
fn multianewarray_pops_one_int_per_dimension() {
    let effect = Multianewarray.stack_effect();
    let three = effect.with_dimensions(3).unwrap();
    assert_eq!((three.pops, three.pushes), (vec![I, I, I], vec![A]));
    assert_eq!(effect.with_dimensions(255).unwrap().pops.len(), 255);
    assert_eq!(effect.with_dimensions(0), None);
    assert_eq!(Anewarray.stack_effect().with_dimensions(1), None);
}

#[test]
fn astore_stores_references_and_return_addresses() {
    for opcode in [Astore, Astore0, Astore1, Astore2, Astore3] {
        let effect = opcode.stack_effect();
        assert_eq!(effect.with_stored(A).unwrap().pops, vec![A]);
        assert_eq!(effect.with_stored(R).unwrap().pops, vec![R]);
        assert_eq!(effect.with_stored(I), None);
        assert_eq!(effect.fixed(), None);
    }
    assert_eq!(Istore.stack_effect().with_stored(A), None);
}

/// The forms of a shuffle opcode as (categories popped, value numbers pushed).
fn forms(opcode: Opcode) -> Vec<(&'static [Category], &'static [u8])> {
    let StackEffect::Shuffle(forms) = opcode.stack_effect() else {
        panic!("{opcode} is not a shuffle");
    };
    forms.iter().map(|form| (form.pops, form.pushes)).collect()
}

#[test]
fn shuffle_forms_are_the_jvms_ones() {
    type Forms = Vec<(&'static [Category], &'static [u8])>;
    let expected: [(Opcode, Forms); 9] = [
        (Pop, vec![(&[One], &[])]),
        (Pop2, vec![(&[One, One], &[]), (&[Two], &[])]),
        (Dup, vec![(&[One], &[1, 1])]),
        (DupX1, vec![(&[One, One], &[1, 2, 1])]),
        (DupX2, vec![(&[One, One, One], &[1, 3, 2, 1]), (&[Two, One], &[1, 2, 1])]),
        (Dup2, vec![(&[One, One], &[2, 1, 2, 1]), (&[Two], &[1, 1])]),
        (Dup2X1, vec![(&[One, One, One], &[2, 1, 3, 2, 1]), (&[One, Two], &[1, 2, 1])]),
        (
            Dup2X2,
            vec![
                (&[One, One, One, One], &[2, 1, 4, 3, 2, 1]),
                (&[One, One, Two], &[1, 3, 2, 1]),
                (&[Two, One, One], &[2, 1, 3, 2, 1]),
                (&[Two, Two], &[1, 2, 1]),
            ],
        ),
        (Swap, vec![(&[One, One], &[1, 2])]),
    ];
    for (opcode, forms_expected) in expected {
        assert_eq!(forms(opcode), forms_expected, "{opcode}");
    }
}

#[test]
fn shuffle_forms_keep_every_value_in_range_and_balance_slots() {
    for &opcode in Opcode::ALL {
        let StackEffect::Shuffle(forms) = opcode.stack_effect() else {
            continue;
        };
        for form in forms {
            let popped = form.pops.len() as u8;
            assert!(form.pushes.iter().all(|&number| (1..=popped).contains(&number)), "{opcode}");
            // Each form of one opcode moves the same number of slots.
            let slots = |categories: &mut dyn Iterator<Item = Category>| -> u16 {
                categories.map(Category::slots).sum()
            };
            let pushed = slots(&mut form.pushes.iter().map(|&n| form.pops[form.pops.len() - usize::from(n)]));
            let first = forms[0];
            let first_pushed =
                slots(&mut first.pushes.iter().map(|&n| first.pops[first.pops.len() - usize::from(n)]));
            assert_eq!(
                slots(&mut form.pops.iter().copied()),
                slots(&mut first.pops.iter().copied()),
                "{opcode}"
            );
            assert_eq!(pushed, first_pushed, "{opcode}");
        }
    }
}

#[test]
fn exactly_one_form_matches_any_applicable_stack() {
    // Every stack of up to four values, each of either category.
    for depth in 0..=4u32 {
        for bits in 0..(1u32 << depth) {
            let stack: Vec<Category> =
                (0..depth).map(|i| if bits >> i & 1 == 1 { Two } else { One }).collect();
            for &opcode in Opcode::ALL {
                let StackEffect::Shuffle(forms) = opcode.stack_effect() else {
                    continue;
                };
                let matching = forms.iter().filter(|form| form.matches(&stack)).count();
                assert!(matching <= 1, "{opcode} on {stack:?}");
            }
        }
    }
}

#[test]
fn shuffles_select_their_form_from_the_stack() {
    let dup2 = Dup2.stack_effect();
    assert_eq!(dup2.shuffle_form(&[Two, One, One]).unwrap().pops, &[One, One]);
    assert_eq!(dup2.shuffle_form(&[One, Two]).unwrap().pops, &[Two]);
    assert_eq!(dup2.shuffle_form(&[One]), None, "too few values");
    assert_eq!(Dup.stack_effect().shuffle_form(&[Two]), None, "dup cannot copy a long");
    assert_eq!(Swap.stack_effect().shuffle_form(&[Two, One]), None);
    assert_eq!(Pop2.stack_effect().shuffle_form(&[Two, One]), None, "half of a long");
    assert_eq!(Iadd.stack_effect().shuffle_form(&[One, One]), None);
}

#[test]
fn shuffles_move_values_as_the_jvms_says() {
    let apply = |opcode: Opcode, stack: &[char]| -> String {
        let categories: Vec<Category> =
            stack.iter().map(|c| if c.is_uppercase() { Two } else { One }).collect();
        let form = opcode.stack_effect().shuffle_form(&categories).unwrap();
        let kept = stack.len() - form.pops.len();
        let pushed = form.apply(&stack[kept..]).unwrap();
        stack[..kept].iter().chain(&pushed).collect()
    };
    // Lowercase letters are category 1 values, uppercase category 2.
    assert_eq!(apply(Pop, &['a', 'b']), "a");
    assert_eq!(apply(Pop2, &['a', 'b', 'c']), "a");
    assert_eq!(apply(Pop2, &['a', 'B']), "a");
    assert_eq!(apply(Dup, &['a', 'b']), "abb");
    assert_eq!(apply(DupX1, &['a', 'b']), "bab");
    assert_eq!(apply(DupX2, &['a', 'b', 'c']), "cabc");
    assert_eq!(apply(DupX2, &['A', 'b']), "bAb");
    assert_eq!(apply(Dup2, &['a', 'b']), "abab");
    assert_eq!(apply(Dup2, &['A']), "AA");
    assert_eq!(apply(Dup2X1, &['a', 'b', 'c']), "bcabc");
    assert_eq!(apply(Dup2X1, &['a', 'B']), "BaB");
    assert_eq!(apply(Dup2X2, &['a', 'b', 'c', 'd']), "cdabcd");
    assert_eq!(apply(Dup2X2, &['a', 'b', 'C']), "CabC");
    assert_eq!(apply(Dup2X2, &['A', 'b', 'c']), "bcAbc");
    assert_eq!(apply(Dup2X2, &['A', 'B']), "BAB");
    assert_eq!(apply(Swap, &['x', 'a', 'b']), "xba");
    let form = Dup.stack_effect().shuffle_form(&[One]).unwrap();
    assert_eq!(form.apply(&['a', 'b']), None, "wrong number of popped values");
}

#[test]
fn shuffles_typed_by_the_stack() {
    let effect = Dup2X1.stack_effect().with_stack(&[A, I, L]).unwrap();
    assert_eq!(effect.pops, vec![I, L]);
    assert_eq!(effect.pushes, vec![L, I, L]);
    assert_eq!(effect.slot_delta(), 2);
    let effect = Swap.stack_effect().with_stack(&[F, A]).unwrap();
    assert_eq!((effect.pops, effect.pushes), (vec![F, A], vec![A, F]));
    // Shuffles apply to return addresses too.
    assert_eq!(Pop.stack_effect().with_stack(&[R]).unwrap().pops, vec![R]);
    assert_eq!(Dup.stack_effect().with_stack(&[D]), None);
    assert_eq!(Dup.stack_effect().with_stack(&[]), None);
}

#[test]
fn stack_types_and_categories() {
    for (ty, category) in [(I, One), (L, Two), (F, One), (D, Two), (A, One), (R, One)] {
        assert_eq!(ty.category(), category);
    }
    assert_eq!((One.slots(), Two.slots()), (1, 2));
    let tags = [
        (b'B', I),
        (b'C', I),
        (b'S', I),
        (b'Z', I),
        (b'I', I),
        (b'J', L),
        (b'F', F),
        (b'D', D),
        (b'L', A),
        (b'[', A),
    ];
    for (tag, ty) in tags {
        assert_eq!(StackType::from_descriptor_tag(tag), Some(ty));
    }
    assert_eq!(StackType::from_descriptor_tag(b'V'), None);
    assert_eq!(StackType::from_descriptor_tag(b'('), None);
}
