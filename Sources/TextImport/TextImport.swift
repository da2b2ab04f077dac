import AkomaNtoso
