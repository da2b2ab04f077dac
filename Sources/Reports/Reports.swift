import AkomaNtoso
import Alignment
