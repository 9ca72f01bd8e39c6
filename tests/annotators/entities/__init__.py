from marsad.document import Document
from marsad.text.tokenize import tokenize
from marsad.text.tokenview import TokenView


def view_of(text: str) -> TokenView:
    """A text's tokens as the entity rules read one sentence: its token view."""
    return TokenView(Document(text), tokenize(text))
