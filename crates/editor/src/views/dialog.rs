//! The editor's one kind of question: a modal dialog that says what will happen and waits for a
//! yes or a no, with the focus on its safe answer and Escape for no.

use claimscope_app::i18n::t;
use claimscope_core::i18n::Msg;
use yew::prelude::*;

use crate::state::Action;

#[derive(Properties, PartialEq)]
pub struct DialogProps {
    pub title: AttrValue,
    pub message: AttrValue,
    /// What the accepting button says.
    pub yes: AttrValue,
    pub dispatch: Callback<Action>,
}

#[function_component]
pub fn Dialog(props: &DialogProps) -> Html {
    let cancel_ref = use_node_ref();
    {
        let cancel_ref = cancel_ref.clone();
        use_effect_with((), move |_| {
            if let Some(button) = cancel_ref.cast::<web_sys::HtmlElement>() {
                let _ = button.focus();
            }
        });
    }
    let answer = |yes: bool| {
        props
            .dispatch
            .reform(move |_: MouseEvent| Action::Answer(yes))
    };
    let onkeydown = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                dispatch.emit(Action::Answer(false));
            }
        })
    };
    html! {
        <div class="dialog-backdrop">
            <div class="dialog" role="alertdialog" aria-modal="true" aria-labelledby="dialog-title"
                 aria-describedby="dialog-message" {onkeydown}>
                <h2 id="dialog-title">{ &props.title }</h2>
                <p id="dialog-message">{ &props.message }</p>
                <div class="dialog-actions">
                    <button type="button" ref={cancel_ref} onclick={answer(false)}>
                        { t(Msg::EditorCancel) }
                    </button>
                    <button type="button" class="primary" data-testid="confirm"
                            onclick={answer(true)}>
                        { &props.yes }
                    </button>
                </div>
            </div>
        </div>
    }
}
